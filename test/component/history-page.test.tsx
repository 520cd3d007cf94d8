import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HistoryPage } from '../../client/features/history/components/history-page.js';
import { mockApi, renderWithApp } from './render.js';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const entry = {
  id: 'e1',
  at: '2026-12-01T10:00:00.000Z',
  actor: { id: 'u1', kind: 'user', label: 'ana@state.gov' },
  action: 'row.update',
  tables: ['funding_streams'],
  keys: ['wioa-adult'],
  key_count: 1,
  counts: { funding_streams: { created: 0, updated: 1, deleted: 0 } },
  fields: [{ table: 'funding_streams', key: 'wioa-adult', field: 'amount', before: 100, after: 200 }],
  change_set_id: 'c1',
  detail: null,
};

describe('HistoryPage', () => {
  it('lists who changed what, links to the row, and filters by person', async () => {
    const calls = mockApi({
      'GET /api/audit/actors': { body: { items: [{ id: 'u1', label: 'ana@state.gov', kind: 'user' }] } },
      'GET /api/audit': { body: { items: [entry], total: 1, limit: 50, offset: 0 } },
    });
    renderWithApp(<HistoryPage />, '/history');
    expect(await screen.findByText('amount: 100 → 200')).toBeTruthy();
    expect(screen.getAllByText('ana@state.gov').length).toBeGreaterThan(0);
    expect(screen.getByRole('link', { name: 'wioa-adult' }).getAttribute('href')).toBe(
      '/data?table=funding_streams&edit=wioa-adult',
    );
    await screen.findByRole('option', { name: 'ana@state.gov' });
    fireEvent.change(screen.getByLabelText('Person'), { target: { value: 'u1' } });
    await waitFor(() => expect(calls.some((call) => call.url.includes('actor=u1'))).toBe(true));
  });
});
