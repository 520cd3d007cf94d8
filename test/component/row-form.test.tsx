import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { entityByName } from '../../server/domain/catalog.js';
import { RowForm } from '../../client/features/data/components/row-form.js';
import { mockApi, renderWithApp } from './render.js';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const references = {
  'GET /api/agencies': {
    body: { items: [{ id: 'dol', name: 'Department of Labor' }], total: 1, limit: 5000, offset: 0 },
  },
  'GET /api/objectives': {
    body: { items: [{ id: 'iwt', name: 'Incumbent worker training' }], total: 1, limit: 5000, offset: 0 },
  },
  'GET /api/': { body: { items: [], total: 0, limit: 5000, offset: 0 } },
};

const field = (label: string) => screen.getByLabelText(new RegExp(`^${label}( \\*)?$`));
const fill = (label: string, value: string) => fireEvent.change(field(label), { target: { value } });

describe('RowForm', () => {
  it('shows the shared schema’s message next to each bad field and sends nothing', async () => {
    const calls = mockApi(references);
    const onDone = vi.fn();
    renderWithApp(<RowForm entity={entityByName('funding_streams')} existing={null} onDone={onDone} />);
    fill('Amount', '-5');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Name is required')).toBeTruthy();
    expect(screen.getByText('Amount must not be negative')).toBeTruthy();
    expect(screen.getByText('Objectives needs at least one id')).toBeTruthy();
    expect(field('Amount').getAttribute('aria-invalid')).toBe('true');
    expect(calls.some((call) => call.method === 'POST')).toBe(false);
    expect(onDone).not.toHaveBeenCalled();
  });

  it('posts a valid row and shows the server’s field problems next to the field', async () => {
    const calls = mockApi({
      ...references,
      'POST /api/funding-streams': {
        status: 400,
        body: {
          title: 'The data has problems',
          status: 400,
          problems: [
            { file: 'request body', row: 1, column: 'agency_id', message: 'agency_id refers to a missing agency' },
          ],
        },
      },
    });
    renderWithApp(<RowForm entity={entityByName('funding_streams')} existing={null} onDone={vi.fn()} />);
    fill('Id', 'new-stream');
    fill('Name', 'New stream');
    await screen.findByRole('option', { name: 'Department of Labor' });
    fill('Agency', 'dol');
    fill('Source', 'state');
    fill('Fiscal year', '2025');
    fill('Amount', '$1,000');
    fireEvent.click(await screen.findByLabelText('Incumbent worker training'));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Agency refers to a missing agency')).toBeTruthy();
    const post = calls.find((call) => call.method === 'POST');
    expect(JSON.parse(String(post?.body))).toMatchObject({
      id: 'new-stream',
      amount: 1000,
      fiscal_year: 2025,
      objective_ids: ['iwt'],
    });
  });

  it('keeps the key fixed when editing', async () => {
    mockApi(references);
    renderWithApp(
      <RowForm
        entity={entityByName('objectives')}
        existing={{ id: 'iwt', name: 'Incumbent worker training' }}
        onDone={vi.fn()}
      />,
    );
    await waitFor(() => expect((field('Id') as HTMLInputElement).disabled).toBe(true));
    expect((field('Name') as HTMLInputElement).value).toBe('Incumbent worker training');
  });
});
