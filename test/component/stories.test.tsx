import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { Route, Routes, useLocation } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StoryPresenter } from '../../client/app/story-presenter.js';
import { StoriesPage } from '../../client/features/stories/components/stories-page.js';
import { mockApi, renderWithApp } from './render.js';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const me = (role: 'viewer' | 'editor') => ({
  body: { actor: { id: role, kind: 'user', role, label: `${role}@state.gov` }, publicRead: false, singleSignOn: null },
});

const story = {
  id: 's1',
  name: 'Budget hearing',
  steps: [
    { kind: 'view', view: 'v1', caption: 'Where WIOA money goes' },
    { kind: 'page', page: 'gao-review', query: 'fiscal_year=2026', caption: 'Three agencies train youth' },
    { kind: 'page', page: 'gaps', query: '', caption: 'What nobody funds' },
  ],
  created_at: '2026-12-01T10:00:00.000Z',
  created_by: 'editor@state.gov',
  updated_at: '2026-12-01T10:00:00.000Z',
  updated_by: 'editor@state.gov',
};
const views = { items: [{ id: 'v1', name: 'WIOA streams', query: 'q=wioa', created_at: '2026-11-01' }] };

describe('StoriesPage', () => {
  it('an editor builds a story: two steps, captions, reordered, saved in one write', async () => {
    const calls = mockApi({
      'GET /api/auth/me': me('editor'),
      'GET /api/graph/views': { body: views },
      'POST /api/stories': { status: 201, body: story },
      'GET /api/stories': { body: { items: [] } },
    });
    renderWithApp(<StoriesPage />, '/stories');
    fireEvent.click(await screen.findByRole('button', { name: 'New story' }));
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'Budget hearing' } });
    const first = screen.getByRole('listitem', { name: 'Step 1' });
    fireEvent.change(within(first).getByLabelText('Caption'), { target: { value: 'Duplication' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add a step' }));
    const second = screen.getByRole('listitem', { name: 'Step 2' });
    await within(second).findByRole('option', { name: 'WIOA streams' });
    fireEvent.change(within(second).getByLabelText('Shows'), { target: { value: 'view:v1' } });
    fireEvent.change(within(second).getByLabelText('Caption'), { target: { value: 'The map' } });
    fireEvent.click(screen.getByRole('button', { name: 'Move step 2 up' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save story' }));
    await vi.waitFor(() => expect(calls.some((call) => call.method === 'POST')).toBe(true));
    const post = calls.find((call) => call.method === 'POST');
    expect(JSON.parse(String(post?.body))).toEqual({
      name: 'Budget hearing',
      steps: [
        { kind: 'view', view: 'v1', caption: 'The map' },
        { kind: 'page', page: 'gao-review', query: '', caption: 'Duplication' },
      ],
    });
  }, 20_000); // many events on a form: past the default 5 s on a loaded machine

  it('a viewer may present a story but sees no edit buttons', async () => {
    mockApi({ 'GET /api/auth/me': me('viewer'), 'GET /api/stories': { body: { items: [story] } } });
    renderWithApp(<StoriesPage />, '/stories');
    const present = await screen.findByRole('link', { name: 'Present Budget hearing' });
    expect(present.getAttribute('href')).toBe('/stories/s1/1');
    expect(screen.queryByRole('button', { name: 'New story' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Edit Budget hearing' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Delete Budget hearing' })).toBeNull();
  });
});

const Where = () => {
  const location = useLocation();
  return <output data-testid="where">{`${location.pathname}${location.search}`}</output>;
};

const presenting = (url: string) =>
  renderWithApp(
    <>
      <Routes>
        <Route path="/stories/:id/:step?" element={<StoryPresenter />} />
        <Route path="/stories" element={<p>The list of stories</p>} />
      </Routes>
      <Where />
    </>,
    url,
  );

describe('StoryPresenter', () => {
  it('opens at the step its link names, with that step’s filters, and moves with the keyboard', async () => {
    mockApi({ 'GET /api/auth/me': me('viewer'), 'GET /api/stories/s1': { body: story } });
    presenting('/stories/s1/2');
    expect(await screen.findByText('Three agencies train youth')).toBeTruthy();
    expect(screen.getByText('Budget hearing: step 2 of 3')).toBeTruthy();
    await vi.waitFor(() => expect(screen.getByTestId('where').textContent).toBe('/stories/s1/2?fiscal_year=2026'));

    fireEvent.keyDown(window, { key: 'ArrowRight' });
    expect(await screen.findByText('What nobody funds')).toBeTruthy();
    expect(screen.getByTestId('where').textContent).toBe('/stories/s1/3');
    expect((screen.getByRole('button', { name: 'Next' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.keyDown(window, { key: 'ArrowRight' });
    expect(screen.getByText('Budget hearing: step 3 of 3')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Previous' }));
    expect(await screen.findByText('Three agencies train youth')).toBeTruthy();
    fireEvent.keyDown(window, { key: 'ArrowLeft' });
    expect(await screen.findByText('Where WIOA money goes')).toBeTruthy();
    await vi.waitFor(() => expect(screen.getByTestId('where').textContent).toContain('/stories/s1/1?view=v1'));
    expect((screen.getByRole('button', { name: 'Previous' }) as HTMLButtonElement).disabled).toBe(true);

    fireEvent.keyDown(window, { key: 'Escape' });
    expect(await screen.findByText('The list of stories')).toBeTruthy();
  });

  it('opens a link past the last step at the first, and says when the story is gone', async () => {
    mockApi({ 'GET /api/auth/me': me('viewer'), 'GET /api/stories/s1': { body: story } });
    presenting('/stories/s1/9');
    expect(await screen.findByText('Where WIOA money goes')).toBeTruthy();
    cleanup();
    mockApi({
      'GET /api/auth/me': me('viewer'),
      'GET /api/stories/gone': { status: 404, body: { title: 'Not found', status: 404, detail: 'No story "gone".' } },
    });
    presenting('/stories/gone/1');
    expect(await screen.findByText('No story "gone".')).toBeTruthy();
  });
});
