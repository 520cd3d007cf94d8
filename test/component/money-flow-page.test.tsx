import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MoneyFlowResponse } from '../../server/contract/analytics/money-flow.js';
import { MoneyFlowPage } from '../../client/features/money-flow/components/money-flow-page.js';
import { mockApi, renderWithApp } from './render.js';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const flow: MoneyFlowResponse = {
  filters: { fiscal_year: 2025, agency_id: null, sector_id: null, region_id: null },
  summary: { amount: 1_300_000, streams: 3, passed_through: 1, awarded: 100_000 },
  nodes: [
    {
      id: 'source:federal',
      column: 'source',
      ref_id: 'federal',
      name: 'Federal funds',
      amount: 1_000_000,
      stream_ids: ['fed', 'st'],
    },
    {
      id: 'source:state',
      column: 'source',
      ref_id: 'state',
      name: 'State funds',
      amount: 300_000,
      stream_ids: ['own'],
    },
    {
      id: 'department:L',
      column: 'department',
      ref_id: 'L',
      name: 'Labor',
      amount: 1_300_000,
      stream_ids: ['fed', 'own', 'st'],
    },
    {
      id: 'agency:l1',
      column: 'agency',
      ref_id: 'l1',
      name: 'Workforce office',
      amount: 1_300_000,
      stream_ids: ['fed', 'own', 'st'],
    },
    {
      id: 'objective:o1',
      column: 'objective',
      ref_id: 'o1',
      name: 'Upskill workers',
      amount: 1_300_000,
      stream_ids: ['fed', 'own', 'st'],
    },
    {
      id: 'partnership:p1',
      column: 'partnership',
      ref_id: 'p1',
      name: 'North care',
      amount: 100_000,
      stream_ids: ['own'],
    },
  ],
  links: [
    { source: 'source:federal', target: 'department:L', amount: 1_000_000, stream_ids: ['fed', 'st'] },
    { source: 'source:state', target: 'department:L', amount: 300_000, stream_ids: ['own'] },
    { source: 'department:L', target: 'agency:l1', amount: 1_300_000, stream_ids: ['fed', 'own', 'st'] },
    { source: 'agency:l1', target: 'objective:o1', amount: 1_300_000, stream_ids: ['fed', 'own', 'st'] },
    { source: 'objective:o1', target: 'partnership:p1', amount: 100_000, stream_ids: ['own'] },
  ],
};

describe('MoneyFlowPage', () => {
  it('draws the bands, lists the same figures, and a selected band filters the table and links to the map', async () => {
    const calls = mockApi({ 'GET /api/analytics/money-flow': { body: flow } });
    const { container } = renderWithApp(<MoneyFlowPage />, '/money-flow?fy=2025');
    expect(
      await screen.findByRole('heading', { name: /FY2025: \$1,300,000 in 3 streams/ }, { timeout: 5000 }),
    ).toBeTruthy();
    expect(calls.some((call) => call.url === '/api/analytics/money-flow?fiscal_year=2025')).toBe(true);
    expect(container.querySelectorAll('path.money-flow-band')).toHaveLength(5);
    const table = screen.getByRole('table', { name: /Bands of the money flow/ });
    const rows = within(table)
      .getAllByRole('row')
      .filter((row) => within(row).queryByRole('button'));
    expect(
      rows.map((row) =>
        within(row)
          .getAllByRole('cell')
          .slice(0, 3)
          .map((cell) => cell.textContent),
      ),
    ).toEqual([
      ['Federal funds', 'Labor', '$1,000,000'],
      ['State funds', 'Labor', '$300,000'],
      ['Labor', 'Workforce office', '$1,300,000'],
      ['Workforce office', 'Upskill workers', '$1,300,000'],
      ['Upskill workers', 'North care', '$100,000'],
    ]);

    fireEvent.click(container.querySelectorAll('path.money-flow-band')[1]!);
    expect(screen.getByRole('heading', { name: 'Selected: State funds -> Labor' })).toBeTruthy();
    const filtered = screen.getByRole('table', { name: /selected/ });
    expect(within(filtered).getAllByRole('button')).toHaveLength(1);
    expect(screen.getByRole('link', { name: 'Open on the map' }).getAttribute('href')).toBe(
      '/map?sel=stream:own&focus=1&fy=2025',
    );

    fireEvent.click(screen.getByRole('button', { name: 'Show every band' }));
    expect(within(screen.getByRole('table', { name: /Bands of the money flow/ })).getAllByRole('button')).toHaveLength(
      5,
    );
  }, 20_000);

  it('says so when the year has no streams', async () => {
    mockApi({
      'GET /api/analytics/money-flow': {
        body: { ...flow, summary: { amount: 0, streams: 0, passed_through: 0, awarded: 0 }, nodes: [], links: [] },
      },
    });
    renderWithApp(<MoneyFlowPage />, '/money-flow');
    expect(await screen.findByText('No funding streams in this year and these filters.')).toBeTruthy();
  });
});
