import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BraidResponse } from '../../server/contract/analytics/braid.js';
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

// north-mfg asks for upskill {iwt}: $800 in FY2025. Eligible FY2025 streams (all iwt, no scope):
//   a-flexible (A, 300, flexible, 0%)  a-restricted (A, 200, restricted, 0%)  b-moderate (B, 450, moderate, 25%)
//   c-flexible (C, 100, flexible)
// Not eligible: d-care (another objective), e-south (another region). FY2026 (later): a-2026 (A, 10000, flexible).
// $800 needs two agencies (A + C hold only 600): A + B, drawn flexible first: a-flexible 300, b-moderate 450,
// a-restricted 50. Match owed: 450 x 25% = 112.50.
let app: FastifyInstance;
beforeAll(async () => {
  app = await buildTestApp();
  await resetDatabase();
  await loadGraph(app, {
    agencies: ['A', 'B', 'C', 'D', 'E'].map((id) => agency(id)),
    objectives: objectives('iwt', 'care'),
    sectors: sectors('mfg'),
    regions: regions('north', 'south'),
    solutions: [solution('upskill', ['iwt'])],
    partnerships: [partnership('north-mfg', 'north', ['mfg'], { applicant_type: 'nonprofit' })],
    funding_streams: [
      stream('a-flexible', 'A', ['iwt'], { amount: 300, flexibility: 'flexible', match_percent: 0 }),
      stream('a-restricted', 'A', ['iwt'], {
        amount: 500,
        obligated: 300,
        flexibility: 'restricted',
        match_percent: 0,
      }),
      stream('b-moderate', 'B', ['iwt'], { amount: 450, flexibility: 'moderate', match_percent: 25 }),
      stream('c-flexible', 'C', ['iwt'], { amount: 100, flexibility: 'flexible' }),
      stream('d-care', 'D', ['care'], { amount: 5000, flexibility: 'flexible' }),
      stream('e-south', 'E', ['iwt'], { amount: 5000, flexibility: 'flexible', region_ids: ['south'] }),
      stream('a-2026', 'A', ['iwt'], { amount: 10_000, flexibility: 'flexible', fiscal_year: 2026 }),
    ],
    requests: [request('north-mfg', 'upskill', { priority: 1, year: 2025, estimated_cost: 800 })],
  });
});
afterAll(async () => app.close());

const braid = (query = '') =>
  getJson<BraidResponse>(app, `/api/analytics/braid?partnership_id=north-mfg&solution_id=upskill${query}`);

describe('braiding plan', () => {
  it("covers the request's cost with the fewest agencies and the most flexible, lowest-match money", async () => {
    const body = await braid();
    expect(body.filters.fiscal_year).toBe(2025);
    expect(body.allocations.map((found) => [found.id, found.share, found.share_of_cost, found.match_owed])).toEqual([
      ['a-flexible', 300, 0.375, 0],
      ['b-moderate', 450, 0.5625, 112.5],
      ['a-restricted', 50, 0.0625, 0],
    ]);
    expect(body).toMatchObject({
      cost: 800,
      covered_amount: 800,
      uncovered_amount: 0,
      fully_covered: true,
      agency_count: 2,
      total_match_owed: 112.5,
    });
    expect(body.unused.map((found) => [found.id, found.reason])).toEqual([
      ['c-flexible', 'Not needed: fewer agencies cover the cost'],
    ]);
    expect(body.explanation).toEqual([
      'Solution upskill for Partnership north-mfg needs $800.',
      '4 eligible streams from 3 agencies hold $1,050 not yet obligated.',
      'The fewest agencies that can cover it: 2 (Agency A, Agency B).',
      'Money is drawn from the most flexible, lowest-match streams first.',
      'The partnership owes $113 in match.',
    ]);
  });

  it('one agency when one can cover it; the rest of the agency money is left', async () => {
    const body = await braid('&cost=400');
    expect(body.allocations.map((found) => [found.id, found.share])).toEqual([
      ['a-flexible', 300],
      ['a-restricted', 100],
    ]);
    expect(body.unused.map((found) => found.id)).toEqual(['b-moderate', 'c-flexible']);
  });

  it('shows what stays uncovered when all eligible money falls short', async () => {
    const body = await braid('&cost=2000');
    expect(body).toMatchObject({ covered_amount: 1050, uncovered_amount: 950, fully_covered: false, agency_count: 3 });
    expect(body.explanation[2]).toBe('All eligible money together falls short by $950.');
  });

  it("plans for the request's own fiscal year unless another is asked for", async () => {
    const body = await braid('&fiscal_year=2026');
    expect(ids(body.allocations)).toEqual(['a-2026']);
  });

  it('answers 404 for a request that does not exist', async () => {
    const response = await app.inject({
      method: 'GET',
      url: '/api/analytics/braid?partnership_id=north-mfg&solution_id=ghost',
    });
    expect([response.statusCode, response.json().detail]).toEqual([
      404,
      'No request from partnership "north-mfg" for solution "ghost".',
    ]);
  });
});
