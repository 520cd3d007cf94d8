import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChangesPage } from '../../client/features/changes/components/changes-page.js';
import { mockApi, renderWithApp } from './render.js';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const summary = {
  id: 'c1',
  seq: 1,
  at: '2026-12-01T10:00:00.000Z',
  kind: 'import',
  action: 'import.replace',
  actor: { id: 'u1', kind: 'user', label: 'ana@state.gov' },
  counts: { funding_streams: { created: 0, updated: 1, deleted: 0 } },
  undoes: [],
  undone_by: null,
  undone_at: null,
};
const detail = {
  ...summary,
  tables: {
    funding_streams: {
      added: [],
      changed: [{ key: 'wioa-adult', fields: [{ field: 'amount', before: 100, after: 200 }] }],
      removed: [],
    },
  },
};

const signedIn = (role: 'editor' | 'admin') => ({
  actor: { id: 'u1', kind: 'user', role, label: 'ana@state.gov' },
  publicRead: false,
  singleSignOn: null,
});

describe('ChangesPage', () => {
  it('shows a change-set’s diff, lists what stands in the way of undo, and undoes those too when asked', async () => {
    const calls = mockApi({
      'POST /api/changes/c1/undo?cascade=true': { body: { change_set_id: 'u', undone: ['c2', 'c1'], counts: {} } },
      'POST /api/changes/c1/undo': {
        status: 409,
        body: {
          title: 'Later changes are in the way',
          status: 409,
          detail: '1 row(s) were changed after this change-set.',
          rows: [{ table: 'funding_streams', key: 'wioa-adult', reason: 'changed after change-set c1' }],
          later: [{ id: 'c2', at: '2026-12-01T11:00:00.000Z', action: 'row.update', actor: 'bo@state.gov' }],
        },
      },
      'GET /api/changes/c1': { body: detail },
      'GET /api/changes': { body: { items: [summary], total: 1, limit: 200, offset: 0 } },
      'GET /api/auth/me': { body: signedIn('admin') },
    });
    renderWithApp(<ChangesPage />, '/changes?id=c1');
    expect(await screen.findByText('wioa-adult: amount 100 → 200')).toBeTruthy();
    fireEvent.click(await screen.findByRole('button', { name: 'Undo this change' }));
    expect(await screen.findByText('funding_streams wioa-adult: changed after change-set c1')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Undo those later changes as well' }));
    expect(await screen.findByText('Undone: 2 change-sets reverted.')).toBeTruthy();
    await waitFor(() => expect(calls.some((call) => call.url.endsWith('cascade=true'))).toBe(true));
  });

  it('shows an editor the diff but no undo, which only admins may do', async () => {
    const calls = mockApi({
      'GET /api/changes/c1': { body: detail },
      'GET /api/changes': { body: { items: [summary], total: 1, limit: 200, offset: 0 } },
      'GET /api/auth/me': { body: signedIn('editor') },
    });
    renderWithApp(<ChangesPage />, '/changes?id=c1');
    expect(await screen.findByText('wioa-adult: amount 100 → 200')).toBeTruthy();
    expect(await screen.findByText(/Undoing a change needs the admin role/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Undo this change' })).toBeNull();
    expect(calls.some((call) => call.method === 'POST')).toBe(false);
  });
});
