import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FigureProvenance } from '../../server/contract/provenance.js';
import { FigureSource } from '../../client/components/figure-source.js';
import { GapsPage } from '../../client/features/gaps/components/gaps-page.js';
import { mockApi, renderWithApp } from './render.js';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const streams = { table: 'funding_streams', rows: 217, rows_with_source_url: 190, sites: ['dol.gov', 'pa.gov'] };
const figure = (id: string, asOf: string | null, tables: FigureProvenance['tables']): FigureProvenance => ({
  figure: id,
  title: id,
  as_of: asOf,
  tables,
});

describe('FigureSource', () => {
  it('names the tables with rows, how many cite a source and where, and the latest as-of', () => {
    render(
      <FigureSource
        figure="heatmap"
        provenance={[
          figure('heatmap', '2026-09-30', [
            { ...streams, as_of_latest: '2026-09-30' },
            { table: 'agencies', rows: 38, rows_with_source_url: 0, sites: [], as_of_latest: '2026-07-01' },
            { table: 'objectives', rows: 0, rows_with_source_url: 0, sites: [], as_of_latest: null },
          ]),
        ]}
      />,
    );
    expect(screen.getByText(/^Source:/).textContent).toBe(
      'Source: funding streams (190 of 217 cite a source: dol.gov, pa.gov), agencies. As of Sep 30, 2026.',
    );
  });

  it('says when no row gives an as-of date, and draws nothing for a figure the answer does not describe', () => {
    const provenance = [figure('pairs', null, [])];
    const { container } = render(
      <>
        <FigureSource figure="pairs" provenance={provenance} />
        <FigureSource figure="heatmap" provenance={provenance} />
      </>,
    );
    expect(container.querySelectorAll('.figure-source')).toHaveLength(1);
    expect(screen.getByText(/^Source:/).textContent).toBe('Source: no rows of the map. No row says its as-of date.');
  });
});

describe('the Gaps view', () => {
  it('puts under each chart and table the source and as-of of that figure', async () => {
    const requests = { table: 'requests', rows: 12, rows_with_source_url: 0, sites: [] };
    mockApi({
      'GET /api/analytics/gaps': {
        body: {
          filters: { fiscal_year: 2026, agency_id: null, sector_id: null, region_id: null },
          gaps: [],
          unmatched_requests: [],
          provenance: [
            figure('most-requested', '2026-10-05', [{ ...requests, as_of_latest: '2026-10-05' }]),
            figure('demand-and-funding', '2026-11-20', [
              { ...requests, as_of_latest: '2026-10-05' },
              { ...streams, as_of_latest: '2026-11-20' },
            ]),
            figure('gaps', '2026-11-20', [{ ...streams, as_of_latest: '2026-11-20' }]),
            figure('unmatched', '2026-10-05', [{ ...requests, as_of_latest: '2026-10-05' }]),
          ],
        },
      },
    });
    renderWithApp(<GapsPage />, '/gaps');
    const sourceIn = async (heading: string) => {
      const section = (await screen.findByRole('heading', { name: heading }, { timeout: 15_000 })).closest('section')!;
      return within(section).getByText(/^Source:/).textContent;
    };
    expect(await sourceIn('Most requested')).toBe('Source: requests. As of Oct 5, 2026.');
    expect(await sourceIn('Demand and funding')).toBe(
      'Source: requests, funding streams (190 of 217 cite a source: dol.gov, pa.gov). As of Nov 20, 2026.',
    );
    expect(await sourceIn('Gaps, largest first')).toMatch(/As of Nov 20, 2026\.$/);
    expect(await sourceIn('Requests nothing is eligible for')).toBe('Source: requests. As of Oct 5, 2026.');
  });
});
