import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScorecardResponse, ScorecardSettings } from '../../server/contract/analytics/scorecard.js';
import {
  agency,
  getJson,
  loadGraph,
  objectives,
  partnership,
  regions,
  release,
  request,
  sectors,
  solution,
  stream,
} from '../fixtures/analytics/graph.js';
import { buildTestApp, resetDatabase } from '../helpers/test-app.js';

// FY2025. Streams: s-wd (labor-wd, iwt, 1000, 200 obligated, 500 expended), s-com (commerce, iwt, 500, 100
// expended), s-care (commerce, care, south only, 300, expenditure unknown).
// Requests: p1 upskill $1000, p2 upskill $400 (both: s-wd + s-com); p1 childcare $100, p3 childcare $100 (both
// in the north: unmatched). Releases r1 (labor-wd) and r2 (commerce) compete for iwt. Awards: p1 from s-wd and
// s-com (braided), p2 from s-wd.
//   requests with an eligible stream   2 of 4 = 0.5
//   requested cost covered             upskill min(800 + 500, 1400) + childcare 0, of 1600 = 0.8125
//   aligned dollars, largest department  Labor 1000 of 1500 = 0.6667
//   utilization                        (500 + 100) / (1000 + 500) = 0.4
let app: FastifyInstance;
beforeAll(async () => {
  app = await buildTestApp();
  await resetDatabase();
  await loadGraph(app, {
    agencies: [agency('labor'), agency('labor-wd', 'labor'), agency('commerce')],
    objectives: objectives('iwt', 'care'),
    sectors: sectors('mfg'),
    regions: regions('north', 'south'),
    solutions: [solution('upskill', ['iwt']), solution('childcare', ['care'])],
    partnerships: ['p1', 'p2', 'p3'].map((id) => partnership(id, id === 'p2' ? 'south' : 'north', ['mfg'])),
    funding_streams: [
      stream('s-wd', 'labor-wd', ['iwt'], { amount: 1000, obligated: 200, expended: 500 }),
      stream('s-com', 'commerce', ['iwt'], { amount: 500, expended: 100 }),
      stream('s-care', 'commerce', ['care'], { amount: 300, region_ids: ['south'] }),
    ],
    requests: [
      request('p1', 'upskill', { year: 2025, estimated_cost: 1000 }),
      request('p2', 'upskill', { year: 2025, estimated_cost: 400 }),
      request('p1', 'childcare', { year: 2025, estimated_cost: 100 }),
      request('p3', 'childcare', { year: 2025, estimated_cost: 100 }),
    ],
    releases: [
      release('r1', 'labor-wd', '2025-03-01', '2025-03-31', ['iwt'], { stream_id: 's-wd' }),
      release('r2', 'commerce', '2025-03-15', '2025-04-15', ['iwt'], { stream_id: 's-com' }),
    ],
    awards: [
      { stream_id: 's-wd', partnership_id: 'p1', amount: 100, fiscal_year: 2025 },
      { stream_id: 's-com', partnership_id: 'p1', amount: 50, fiscal_year: 2025 },
      { stream_id: 's-wd', partnership_id: 'p2', amount: 70, fiscal_year: 2025 },
    ],
  });
});
afterAll(async () => app.close());

const scorecard = () => getJson<ScorecardResponse>(app, '/api/analytics/scorecard');
const saveSettings = (settings: Record<string, unknown>) =>
  app.inject({ method: 'PUT', url: '/api/scorecard/settings', payload: settings });

describe('scorecard', () => {
  it('measures every indicator, against the default targets', async () => {
    const body = await scorecard();
    expect(body.indicators.map((indicator) => [indicator.id, indicator.value, indicator.status])).toEqual([
      ['requests_with_eligible_stream', 0.5, 'not_met'],
      ['requested_cost_covered', 0.8125, 'no_target'],
      ['unmatched_requests', 2, 'no_target'],
      ['competing_release_pairs', 1, 'not_met'],
      ['duplicated_objectives', 1, 'no_target'],
      ['largest_department_share', 0.6667, 'no_target'],
      ['braided_partnerships', 1, 'no_target'],
      ['utilization', 0.4, 'no_target'],
    ]);
    const detail = Object.fromEntries(body.indicators.map((indicator) => [indicator.id, indicator.detail]));
    expect(detail).toMatchObject({
      requests_with_eligible_stream: '2 of 4 requests',
      largest_department_share: 'Agency labor: $1,000 of $1,500 aligned',
      braided_partnerships: '1 of 3 partnerships',
      utilization: '$600 expended of $1,500 in 2 streams reporting',
    });
    expect(body.hidden).toEqual([]);
  });

  it("shows the user's choice of indicators, in their order, with their targets, saved in the graph", async () => {
    const saved = await saveSettings({
      indicators: [
        { id: 'utilization', visible: true, target: 0.3 },
        { id: 'competing_release_pairs', visible: false, target: 0 },
        { id: 'requests_with_eligible_stream', visible: true, target: 0.5 },
      ],
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const settings = await getJson<ScorecardSettings>(app, '/api/scorecard/settings');
    expect(settings.indicators.slice(0, 3).map((indicator) => indicator.id)).toEqual([
      'utilization',
      'competing_release_pairs',
      'requests_with_eligible_stream',
    ]);
    expect(settings.indicators).toHaveLength(8);
    const body = await scorecard();
    expect(body.indicators.slice(0, 2).map((indicator) => [indicator.id, indicator.target, indicator.status])).toEqual([
      ['utilization', 0.3, 'met'],
      ['requests_with_eligible_stream', 0.5, 'met'],
    ]);
    expect(body.indicators.map((indicator) => indicator.id)).not.toContain('competing_release_pairs');
    expect(body.hidden).toEqual([{ id: 'competing_release_pairs', label: 'Competing release pairs' }]);
  });

  it('refuses settings naming an unknown indicator, or one twice', async () => {
    expect((await saveSettings({ indicators: [{ id: 'happiness', visible: true, target: null }] })).statusCode).toBe(
      400,
    );
    const twice = [
      { id: 'utilization', visible: true, target: null },
      { id: 'utilization', visible: false, target: null },
    ];
    expect((await saveSettings({ indicators: twice })).statusCode).toBe(400);
  });

  it('refuses a target out of its unit with a 400 naming the field, and changes nothing', async () => {
    const before = await getJson<ScorecardSettings>(app, '/api/scorecard/settings');
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ id: 'utilization', visible: true, target: 1.5 }, 'must be a share from 0 to 1'],
      [{ id: 'utilization', visible: true, target: -0.1 }, 'must be a share from 0 to 1'],
      [{ id: 'unmatched_requests', visible: true, target: 2.5 }, 'must be a whole number of at least 0'],
      [{ id: 'unmatched_requests', visible: true, target: 'five' }, ''],
    ];
    for (const [setting, message] of cases) {
      const response = await saveSettings({
        indicators: [{ id: 'braided_partnerships', visible: true, target: 1 }, setting],
      });
      expect(response.statusCode, JSON.stringify(setting)).toBe(400);
      const [error] = response.json().errors;
      expect(error.field).toBe('indicators.1.target');
      expect(error.message).toContain(message);
    }
    expect(await getJson<ScorecardSettings>(app, '/api/scorecard/settings')).toEqual(before);
    const share = await saveSettings({ indicators: [{ id: 'utilization', visible: true, target: 1 }] });
    expect(share.statusCode, share.body).toBe(200);
  });
});
