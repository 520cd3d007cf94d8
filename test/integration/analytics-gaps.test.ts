import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GapsResponse } from '../../server/contract/analytics/gaps.js';
import {
  agency,
  getJson,
  ids,
  loadGraph,
  objectives,
  partnership,
  regions,
  request,
  sectors,
  solution,
  stream,
} from '../fixtures/analytics/graph.js';
import { buildTestApp, resetDatabase } from '../helpers/test-app.js';

// Partnerships: north-mfg (north, mfg, nonprofit), south-health (south, health, employer consortium),
// north-health (north, health, no applicant type). Solutions: upskill {iwt}, childcare {care}, transport {ride, care}.
// Streams of FY2025 (available = amount - obligated):
//   s-any        labor     iwt   no scope                    1000 - 400 = 600
//   s-mfg-north  commerce  iwt   mfg, north, nonprofits only  500 (obligated unknown: 0)
//   s-care-south labor     care  south                        300 - 300 = 0
//   s-care-board commerce  care  workforce boards only        800
//   s-ride-old   labor     ride  FY2024
// Worked out by hand (FY2025; requests without a year count in every year):
//   upskill:   north-mfg {s-any, s-mfg-north}, south-health {s-any}, north-health {s-any}
//              cost 1000 + 200 (north-health: unknown) = 1200, eligible 600 + 500 = 1100, coverage 0.9167
//              gap score 3 x (1 - 0.9167) = 0.2499
//   childcare: north-mfg {} (s-care-south: other region; s-care-board: boards only), south-health {s-care-south}
//              cost 500, eligible 0, coverage 0, score max(1 unmatched, 2 x 1) = 2
//   transport: south-health {s-care-south via care} (ride's only stream is FY2024): cost 70, score 1
//              (north-health's transport request is for FY2024)
let app: FastifyInstance;
beforeAll(async () => {
  app = await buildTestApp();
  await resetDatabase();
  await loadGraph(app, {
    agencies: [agency('labor'), agency('commerce')],
    objectives: objectives('iwt', 'care', 'ride'),
    sectors: sectors('mfg', 'health'),
    regions: regions('north', 'south'),
    solutions: [solution('upskill', ['iwt']), solution('childcare', ['care']), solution('transport', ['ride', 'care'])],
    partnerships: [
      partnership('north-mfg', 'north', ['mfg'], { applicant_type: 'nonprofit' }),
      partnership('south-health', 'south', ['health'], { applicant_type: 'employer consortium' }),
      partnership('north-health', 'north', ['health']),
    ],
    funding_streams: [
      stream('s-any', 'labor', ['iwt'], { amount: 1000, obligated: 400 }),
      stream('s-mfg-north', 'commerce', ['iwt'], {
        amount: 500,
        sector_ids: ['mfg'],
        region_ids: ['north'],
        eligible_applicants: ['Nonprofit'],
      }),
      stream('s-care-south', 'labor', ['care'], { amount: 300, obligated: 300, region_ids: ['south'] }),
      stream('s-care-board', 'commerce', ['care'], {
        amount: 800,
        obligated: 0,
        eligible_applicants: ['workforce board'],
      }),
      stream('s-ride-old', 'labor', ['ride'], { amount: 999, fiscal_year: 2024 }),
    ],
    requests: [
      request('north-mfg', 'upskill', { priority: 1, year: 2025, estimated_cost: 1000 }),
      request('south-health', 'upskill', { priority: 2, year: 2025, estimated_cost: 200 }),
      request('north-health', 'upskill', { priority: 3 }),
      request('north-mfg', 'childcare', { priority: 1, year: 2025, estimated_cost: 400 }),
      request('south-health', 'childcare', { priority: 2, year: 2025, estimated_cost: 100 }),
      request('north-health', 'transport', { priority: 1, year: 2024, estimated_cost: 50 }),
      request('south-health', 'transport', { priority: 4, year: 2025, estimated_cost: 70 }),
    ],
  });
});
afterAll(async () => app.close());

const gaps = (query = '') => getJson<GapsResponse>(app, `/api/analytics/gaps${query}`);

describe('gaps', () => {
  it('puts frequent, poorly covered solutions first, with the money eligible for them', async () => {
    const body = await gaps();
    expect(body.gaps.map((gap) => [gap.solution.id, gap.request_count, gap.gap_score])).toEqual([
      ['childcare', 2, 2],
      ['transport', 1, 1],
      ['upskill', 3, 0.2499],
    ]);
    const upskill = body.gaps[2];
    expect(upskill).toMatchObject({
      solution: { name: 'Solution upskill' },
      objectives: [{ id: 'iwt', name: 'Objective iwt' }],
      estimated_cost: 1200,
      cost_known: false,
      eligible_amount: 1100,
      coverage: 0.9167,
      uncovered_amount: 100,
      unmatched_count: 0,
    });
    expect(
      upskill?.eligible_streams.map((found) => [found.id, found.available, found.request_count, found.agency.id]),
    ).toEqual([
      ['s-any', 600, 3, 'labor'],
      ['s-mfg-north', 500, 1, 'commerce'],
    ]);
    expect(upskill?.partnerships.map((found) => [found.id, found.eligible_stream_count, found.estimated_cost])).toEqual(
      [
        ['north-health', 1, null],
        ['north-mfg', 2, 1000],
        ['south-health', 1, 200],
      ],
    );
    const childcare = body.gaps[0];
    expect(childcare).toMatchObject({
      estimated_cost: 500,
      eligible_amount: 0,
      coverage: 0,
      uncovered_amount: 500,
      unmatched_count: 1,
    });
    expect(ids(childcare?.eligible_streams ?? [])).toEqual(['s-care-south']);
  });

  it('lists the requests no stream is eligible for, and why, closest misses first', async () => {
    const { unmatched_requests: unmatched } = await gaps();
    expect(unmatched.map((found) => found.key)).toEqual(['north-mfg|childcare']);
    const [childcare] = unmatched;
    expect(childcare?.near_misses.map((miss) => [miss.id, miss.fails])).toEqual([
      ['s-care-board', ['applicant_type']],
      ['s-care-south', ['region']],
    ]);
    expect(childcare?.reason).toBe(
      '2 streams support its objectives, but none is open to it: Stream s-care-board is open only to workforce board, not nonprofit; ' +
        'Stream s-care-south is limited to Region south, not Region north.',
    );
  });

  it('filters partnerships by region and sector, streams by agency, both by fiscal year', async () => {
    const south = await gaps('?region_id=south');
    // south-health alone: childcare and transport both score 1 (nothing available); childcare leaves more uncovered.
    expect(south.gaps.map((gap) => [gap.solution.id, gap.gap_score, gap.uncovered_amount])).toEqual([
      ['childcare', 1, 100],
      ['transport', 1, 70],
      ['upskill', 0, 0],
    ]);
    const commerce = await gaps('?agency_id=commerce');
    // Commerce's money only: s-mfg-north serves north-mfg's upskilling; everything else is unmatched, by priority.
    expect(commerce.unmatched_requests.map((found) => [found.key, found.priority])).toEqual([
      ['north-mfg|childcare', 1],
      ['south-health|childcare', 2],
      ['south-health|upskill', 2],
      ['north-health|upskill', 3],
      ['south-health|transport', 4],
    ]);
    const fy2024 = await gaps('?fiscal_year=2024');
    expect(fy2024.gaps.map((gap) => [gap.solution.id, ids(gap.eligible_streams)])).toEqual([
      ['upskill', []],
      ['transport', ['s-ride-old']],
    ]);
    expect(fy2024.unmatched_requests[0]?.reason).toBe('No FY2024 stream supports Objective iwt.');
  });
});
