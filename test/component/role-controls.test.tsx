import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setShareToken } from '../../client/api/http.js';
import { ShareButton } from '../../client/components/share-button.js';
import { SavedViewsPanel } from '../../client/features/map/components/saved-views-panel.js';
import { mockApi, renderWithApp } from './render.js';

// What a person is offered follows their role: a viewer gets no write controls, an editor does.

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  setShareToken(null);
});

const signedIn = (role: 'viewer' | 'editor') => ({
  'GET /api/auth/me': {
    body: {
      actor: { id: 'u1', kind: 'user', role, label: `${role}@state.gov` },
      publicRead: false,
      singleSignOn: null,
    },
  },
  'GET /api/graph/views': { body: { items: [{ id: 'v1', name: 'Workforce', query: '', created_at: '2026-12-01' }] } },
});

const controls = () => (
  <>
    <ShareButton view="scorecard" defaultName="Scorecard" query="fy=2026" />
    <SavedViewsPanel currentQuery="fy=2026" positions={() => ({})} onOpen={() => undefined} />
  </>
);

describe('controls by role', () => {
  it('an editor may share, save and delete saved views', async () => {
    mockApi(signedIn('editor'));
    renderWithApp(controls());
    expect(await screen.findByRole('button', { name: 'Share…' })).toBeTruthy();
    expect(await screen.findByRole('button', { name: 'Delete saved view Workforce' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Save view' })).toBeTruthy();
  });

  it('a viewer may open and copy saved views, and nothing more', async () => {
    mockApi(signedIn('viewer'));
    renderWithApp(controls());
    expect(await screen.findByRole('button', { name: 'Copy link' })).toBeTruthy();
    await vi.waitFor(() => expect(screen.getByRole('button', { name: 'Workforce' })).toBeTruthy());
    expect(screen.queryByRole('button', { name: 'Share…' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Delete/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Save view' })).toBeNull();
  });

  it('a share link’s visitor is offered no Share, even if the server answered as an editor', async () => {
    const calls = mockApi(signedIn('editor'));
    setShareToken('tok');
    renderWithApp(controls());
    // Once the panel's list has come back, the person is known too (both were asked at once).
    expect(await screen.findByRole('button', { name: 'Workforce' })).toBeTruthy();
    expect(calls.some((call) => call.url === '/api/auth/me')).toBe(true);
    expect(screen.queryByRole('button', { name: 'Share…' })).toBeNull();
  });
});
