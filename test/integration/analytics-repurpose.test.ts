import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RepurposeResponse } from '../../server/contract/analytics/repurpose.js';
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

// Streams of FY2025 (utilization = expended / amount):
//   idle-flexible      A  iwt          flexible    1000, 100 expended (0.1)     -> under-used
//   busy-flexible      A  iwt          flexible    1000, 900 expended (0.9)     -> not a candidate (0.5 threshold)
//   idle-restricted    B  iwt          restricted  1000, 0 expended             -> never a candidate
//   unknown-lonely     B  lonely, care (flexibility and expenditure unknown), south only, 400
//                                      -> supports lonely, which no request advances
// north-mfg requests upskill {iwt} ($5000; eligible 3000: coverage 0.6, gap 0.4) and childcare {care} ($100;
// unknown-lonely serves only the south: unmatched, gap 1).
let app: FastifyInstance;
beforeAll(async () => {
  app = await buildTestApp();
  await resetDatabase();
  await loadGraph(app, {
    agencies: [agency('A'), agency('B')],
    objectives: objectives('iwt', 'care', 'lonely'),
    sectors: sectors('mfg'),
    regions: regions('north', 'south'),
    solutions: [solution('upskill', ['iwt']), solution('childcare', ['care'])],
    partnerships: [partnership('north-mfg', 'north', ['mfg'])],
    funding_streams: [
      stream('idle-flexible', 'A', ['iwt'], { amount: 1000, expended: 100, flexibility: 'flexible' }),
      stream('busy-flexible', 'A', ['iwt'], { amount: 1000, expended: 900, flexibility: 'flexible' }),
      stream('idle-restricted', 'B', ['iwt'], { amount: 1000, expended: 0, flexibility: 'restricted' }),
      stream('unknown-lonely', 'B', ['lonely', 'care'], { amount: 400, region_ids: ['south'] }),
    ],
    requests: [
      request('north-mfg', 'upskill', { year: 2025, estimated_cost: 5000 }),
      request('north-mfg', 'childcare', { year: 2025, estimated_cost: 100 }),
    ],
  });
});
afterAll(async () => app.close());

const repurpose = (query = '') => getJson<RepurposeResponse>(app, `/api/analytics/repurpose${query}`);

describe('re-purposing candidates', () => {
  it('lists unrestricted streams that sit idle or fund what nobody asks for, largest idle amount first', async () => {
    const body = await repurpose();
    expect(body.threshold).toBe(0.5);
    expect(
      body.candidates.map((found) => [
        found.id,
        found.utilization,
        found.idle_amount,
        found.under_used,
        ids(found.unrequested_objectives),
      ]),
    ).toEqual([
      ['idle-flexible', 0.1, 900, true, []],
      ['unknown-lonely', null, 400, false, ['lonely']],
    ]);
    expect(body.candidates[0]?.reasons).toEqual(['10% expended ($100 of $1,000), below 50%', 'Flexible money']);
    expect(body.candidates[1]?.reasons).toEqual([
      'Supports Objective lonely, which no request advances',
      'Flexibility not recorded (not marked restricted)',
    ]);
  });

  it('pairs each with the gaps it shares an objective with, worst gap first', async () => {
    const body = await repurpose();
    expect(body.candidates[0]?.could_help).toEqual([
      {
        solution: { id: 'upskill', name: 'Solution upskill' },
        shared_objectives: [{ id: 'iwt', name: 'Objective iwt' }],
        gap_score: 0.4,
        request_count: 1,
        coverage: 0.6,
        uncovered_amount: 2000,
        already_eligible: true,
      },
    ]);
    expect(body.candidates[1]?.could_help.map((gap) => [gap.solution.id, gap.gap_score, gap.already_eligible])).toEqual(
      [['childcare', 1, false]],
    );
  });

  it('takes its own under-use threshold', async () => {
    const body = await repurpose('?threshold=0.95');
    expect(ids(body.candidates)).toEqual(['idle-flexible', 'unknown-lonely', 'busy-flexible']);
  });
});
