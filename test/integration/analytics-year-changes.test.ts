import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { YearChangesResponse } from '../../server/contract/analytics/changes.js';
import type { ScorecardResponse } from '../../server/contract/analytics/scorecard.js';
import {
  activities,
  agency,
  beneficiaries,
  getJson,
  loadGraph,
  objectives,
  stream,
  type Row,
} from '../fixtures/analytics/graph.js';
import { buildTestApp, resetDatabase } from '../helpers/test-app.js';

// Year over year on a hand-built graph (docs/analytics.md#year-over-year). Agencies a1 (department A) and b1
// (department B). Every stream serves youth with training, so two streams of different agencies sharing an
// objective are a GAO duplication.

const program = (id: string, name: string, agencyId: string, objectiveIds: string[], extra: Row = {}): Row =>
  stream(id, agencyId, objectiveIds, { name, beneficiary_ids: ['youth'], activity_ids: ['training'], ...extra });

const fy25 = { fiscal_year: 2025 };
const fy26 = { fiscal_year: 2026 };
const streams: Row[] = [
  program('y25', 'WIOA Youth FY2025', 'a1', ['o1'], { ...fy25, assistance_listing: '17.259', amount: 1000 }),
  program('r25', 'Old name', 'b1', ['o2'], { ...fy25, assistance_listing: '84.048', amount: 500 }),
  program('e25', 'Ended grant FY2025', 'b1', ['o1'], { ...fy25, amount: 300 }),
  program('s25', 'Steady FY2025', 'a1', ['o3'], { ...fy25, amount: 200 }),
  program('p25', 'Partner FY2025', 'b1', ['o3'], { ...fy25, amount: 100 }),
  program('y26', 'WIOA Youth FY2026', 'a1', ['o1'], { ...fy26, assistance_listing: '17.259', amount: 1200 }),
  program('r26', 'New name', 'b1', ['o2'], { ...fy26, assistance_listing: '84.048', amount: 500 }),
  program('n26', 'Brand new', 'a1', ['o2'], { ...fy26, amount: 700 }),
  program('s26', 'Steady FY2026', 'a1', ['o3'], { ...fy26, amount: 200 }),
  program('p26', 'Partner FY2026', 'b1', ['o3'], { ...fy26, amount: 100 }),
];

let app: FastifyInstance;
let answer: Promise<YearChangesResponse> | undefined;
/** Asked once, in the first test that needs it (the hook's time limit is spent on the import). */
const changes = () => (answer ??= getJson<YearChangesResponse>(app, '/api/analytics/changes?from=2025&to=2026'));
beforeAll(async () => {
  app = await buildTestApp();
  await resetDatabase();
  await loadGraph(app, {
    agencies: [agency('A'), agency('a1', 'A'), agency('B'), agency('b1', 'B')],
    objectives: objectives('o1', 'o2', 'o3'),
    beneficiaries: beneficiaries('youth'),
    activities: activities('training'),
    funding_streams: streams,
  });
});
afterAll(async () => app.close());

const amountOf = (year: number) =>
  streams.filter((row) => row.fiscal_year === year).reduce((total, row) => total + (row.amount as number), 0);
const ids = (changes: YearChangesResponse['streams']['new']) =>
  changes.map((change) => [change.from?.id ?? null, change.to?.id ?? null, change.matched_by, change.change]);

describe('year over year', () => {
  it('streams: new, ended and changed in amount, matched by listing and name series', async () => {
    const result = await changes();
    expect(result.amount).toEqual({ from: amountOf(2025), to: amountOf(2026) });
    expect(ids(result.streams.new)).toEqual([[null, 'n26', null, 700]]);
    expect(ids(result.streams.ended)).toEqual([['e25', null, null, -300]]);
    expect(ids(result.streams.changed)).toEqual([['y25', 'y26', 'listing_and_name', 200]]);
    // r (renamed, one 84.048 on each side), s and p (same name series) are unchanged.
    expect(result.streams.unchanged).toBe(3);
    expect(result.matching).toMatch(/Assistance Listing and name series/);
  });

  it('duplicated objectives gained and resolved', async () => {
    const result = await changes();
    // 2025: o1 (a1, b1) and o3 (a1, b1). 2026: o2 (b1, a1) and o3.
    expect(result.duplicated_objectives).toMatchObject({
      from_count: 2,
      to_count: 2,
      gained: [{ id: 'o2' }],
      resolved: [{ id: 'o1' }],
    });
  });

  it('GAO findings gained and resolved, a pair of matched programs being the same finding', async () => {
    const findings = (await changes()).gao_findings;
    expect(findings.from_count).toBe(2);
    expect(findings.to_count).toBe(2);
    expect(findings.gained.map((finding) => [finding.kind, [...finding.stream_ids].sort()])).toEqual([
      ['duplication', ['n26', 'r26']],
    ]);
    expect(findings.resolved.map((finding) => [finding.kind, [...finding.stream_ids].sort()])).toEqual([
      ['duplication', ['e25', 'y25']],
    ]);
    expect(findings.gained[0]?.amount).toBe(1200);
  });

  it('competing pairs, gaps and each scorecard indicator in both years, as their own analytics answer', async () => {
    const result = await changes();
    for (const [year, side] of [
      [2025, 'from'],
      [2026, 'to'],
    ] as const) {
      const competing = await getJson<{ counts: { competing: number } }>(
        app,
        `/api/analytics/competing-releases?fiscal_year=${year}`,
      );
      expect(result.competing_pairs[`${side}_count`]).toBe(competing.counts.competing);
      const gaps = await getJson<{ gaps: unknown[] }>(app, `/api/analytics/gaps?fiscal_year=${year}`);
      expect(result.gaps[`${side}_count`]).toBe(gaps.gaps.length);
      const scorecard = await getJson<ScorecardResponse>(app, `/api/analytics/scorecard?fiscal_year=${year}`);
      expect(result.indicators.map((indicator) => [indicator.id, indicator[side].value])).toEqual(
        scorecard.indicators.map((indicator) => [indicator.id, indicator.value]),
      );
    }
  });

  it('answers 400 when the years are missing or out of order', async () => {
    for (const query of ['', 'from=2026&to=2025', 'from=2025&to=2025', 'from=twenty&to=2026']) {
      const response = await app.inject({ url: `/api/analytics/changes?${query}` });
      expect(response.statusCode, query).toBe(400);
    }
  });
});
