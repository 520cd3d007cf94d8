import { shellActor } from '../../scripts/shell-actor.js';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FinderResponse } from '../../server/contract/analytics/finder.js';
import type { FundingMap } from '../../server/contract/map.js';
import { loadDemo } from '../../server/seed/load-demo.js';
import { getJson } from '../fixtures/analytics/graph.js';
import { buildTestApp, resetDatabase } from '../helpers/test-app.js';

// `npm run seed` / `npm start` on 2026-12-01 (state FY2027): the demo ends with FY2027, and the finder judges
// releases as of that day, not as of a fiscal year long gone.

const today = '2026-12-01';
let app: FastifyInstance;
beforeAll(async () => {
  app = await buildTestApp({ config: { BRAID_TODAY: today } });
  await resetDatabase();
  await loadDemo(app.db, app.today(), shellActor());
});
afterAll(async () => app.close());

describe('the demo loaded on 2026-12-01', () => {
  it('shows FY2027 by default, with the forecasts of FY2028 after it', async () => {
    const map = await getJson<FundingMap>(app, '/api/graph');
    expect(map.fiscal_year).toBe(2027);
    expect(map.fiscal_years).toEqual([2025, 2026, 2027, 2028]);
    expect(map.nodes.some((node) => node.key === 'talent-fund-cycle1-fy2027')).toBe(true);
  });

  it('finds releases open and upcoming today for a partnership, judged as of today', async () => {
    const match = await getJson<FinderResponse>(app, '/api/analytics/match/river-valley-manufacturing');
    expect(match).toMatchObject({ as_of: today, as_of_basis: 'today', filters: { fiscal_year: 2027 } });
    const releases = match.streams.flatMap((stream) => stream.releases);
    expect(releases.length).toBeGreaterThan(0);
    for (const release of releases) expect(release.closes >= today, release.id).toBe(true);
  });
});
