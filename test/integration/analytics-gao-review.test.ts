import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { GaoReviewResponse } from '../../server/contract/gao-review.js';
import {
  activities,
  agency,
  beneficiaries,
  getJson,
  ids,
  loadGraph,
  regions,
  stream,
  type Row,
} from '../fixtures/analytics/graph.js';
import { buildTestApp, resetDatabase } from '../helpers/test-app.js';

// The GAO review on hand-built graphs, one boundary of the definitions per test (docs/analytics.md#gao-review).
// Departments: A (divisions a1, a2), B (b1), C (c1), F (a federal agency). Objectives o1, o2 are in the area
// "Training", o3 in "Support", o9 has no category (belongs to no area).

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildTestApp();
});
afterAll(async () => app.close());
beforeEach(resetDatabase);

const base = {
  agencies: [
    agency('A'),
    agency('a1', 'A'),
    agency('a2', 'A'),
    agency('B'),
    agency('b1', 'B'),
    agency('C'),
    agency('c1', 'C'),
    agency('F'),
  ],
  objectives: [
    { id: 'o1', name: 'Objective o1', category: 'Training' },
    { id: 'o2', name: 'Objective o2', category: 'Training' },
    { id: 'o3', name: 'Objective o3', category: 'Support' },
    { id: 'o9', name: 'Objective o9' },
  ],
  beneficiaries: beneficiaries('youth', 'adults'),
  activities: activities('training', 'services'),
  regions: regions('north', 'south'),
};

const programStream = (
  id: string,
  agencyId: string,
  objectiveIds: string[],
  who: string[],
  what: string[],
  extra: Row = {},
): Row => stream(id, agencyId, objectiveIds, { beneficiary_ids: who, activity_ids: what, ...extra });

const review = async (streams: Row[], query = 'fiscal_year=2025'): Promise<GaoReviewResponse> => {
  await loadGraph(app, { ...base, funding_streams: streams });
  return getJson<GaoReviewResponse>(app, `/api/analytics/gao-review?${query}`);
};

const pairIds = (findings: GaoReviewResponse['overlap']): string[][] =>
  findings.map((finding) => [finding.first.id, finding.second.id]);

describe('GAO review', () => {
  it('duplication: different departments, a shared objective, a shared activity for a shared beneficiary; listed only there', async () => {
    const result = await review([
      programStream('s1', 'a1', ['o1', 'o2'], ['youth'], ['training', 'services'], { amount: 1000 }),
      programStream('s2', 'b1', ['o1'], ['youth', 'adults'], ['training'], { amount: 2000 }),
    ]);
    expect(pairIds(result.duplication)).toEqual([['s1', 's2']]);
    // The narrowest class only: not again under overlap, and the area is not "fragmented" by this pair.
    expect(result.overlap).toEqual([]);
    expect(result.fragmentation).toEqual([]);
    const [finding] = result.duplication;
    expect(finding?.amount).toBe(3000);
    expect(ids(finding?.departments ?? [])).toEqual(['A', 'B']);
    expect(ids(finding?.agencies ?? [])).toEqual(['a1', 'b1']);
    expect(finding?.objectives).toEqual({
      shared: [{ id: 'o1', name: 'Objective o1' }],
      first_only: [{ id: 'o2', name: 'Objective o2' }],
      second_only: [],
      not_known: [],
    });
    expect(ids(finding?.beneficiaries.shared ?? [])).toEqual(['youth']);
    expect(ids(finding?.beneficiaries.second_only ?? [])).toEqual(['adults']);
    expect(ids(finding?.activities.shared ?? [])).toEqual(['training']);
    expect(ids(finding?.activities.first_only ?? [])).toEqual(['services']);
    expect(finding?.next_step).toContain('consolidat');
    expect(result.summary).toMatchObject({
      programs: 2,
      streams: 2,
      amount: 3000,
      duplication: { count: 1, amount: 3000 },
      overlap: { count: 0, amount: 0 },
      fragmentation: { count: 0, amount: 0 },
    });
  });

  it('overlap: a shared beneficiary but no shared activity, or a shared activity but no shared beneficiary', async () => {
    const result = await review([
      programStream('p1', 'a1', ['o1'], ['youth'], ['training'], { amount: 100 }),
      programStream('p2', 'b1', ['o1'], ['youth'], ['services'], { amount: 200 }),
      programStream('q1', 'a1', ['o3'], ['youth'], ['services'], { amount: 10 }),
      programStream('q2', 'a2', ['o3'], ['adults'], ['services'], { amount: 20 }),
    ]);
    // p1-p2 share youth (not an activity); q1-q2 share services (not a beneficiary): different agencies of one
    // department is enough. p1-q2 and p2-q1 share no objective; p2-q1 shares services but no objective: nothing.
    expect(pairIds(result.overlap)).toEqual([
      ['p1', 'p2'],
      ['q1', 'q2'],
    ]);
    expect(result.duplication).toEqual([]);
    expect(result.overlap[0]?.activities).toMatchObject({
      shared: [],
      first_only: [{ id: 'training' }],
      second_only: [{ id: 'services' }],
    });
    expect(result.overlap[0]?.next_step).toContain('Assess and compare');
    expect(result.summary.overlap).toMatchObject({ count: 2, amount: 330 });
  });

  it('streams of one agency are never overlap or duplication, however alike', async () => {
    const result = await review([
      programStream('s1', 'a1', ['o1'], ['youth'], ['training']),
      programStream('s2', 'a1', ['o1'], ['youth'], ['training']),
    ]);
    expect(result.overlap).toEqual([]);
    expect(result.duplication).toEqual([]);
    expect(result.fragmentation).toEqual([]);
  });

  it('blank beneficiaries or activities are not known: never a match, and said so', async () => {
    const result = await review([
      // Shared youth, activities of s1 blank: overlap (not duplication), and the blank is named.
      programStream('s1', 'a1', ['o1'], ['youth'], [], { amount: 100 }),
      programStream('s2', 'b1', ['o1'], ['youth'], ['training'], { amount: 200 }),
      // Both lists of u1 blank: nothing can be judged with u2, so the pair is no overlap; the two are of
      // different departments in one area, so it is fragmentation.
      programStream('u1', 'c1', ['o3'], [], [], { amount: 5 }),
      programStream('u2', 'b1', ['o3'], ['youth'], ['training'], { amount: 7 }),
    ]);
    expect(pairIds(result.overlap)).toEqual([['s1', 's2']]);
    expect(result.duplication).toEqual([]);
    const [overlap] = result.overlap;
    expect(overlap?.activities.not_known).toEqual(['first']);
    expect(overlap?.activities.shared).toEqual([]);
    expect(overlap?.not_known).toEqual(['What it buys is not known for Stream s1: the pair could be duplication.']);
    const first = overlap?.first.streams[0];
    expect(first?.activities).toBeNull();
    expect(ids(first?.beneficiaries ?? [])).toEqual(['youth']);
    expect(result.fragmentation.map((finding) => [finding.area, finding.pair_count])).toEqual([['Support', 1]]);
    expect(result.summary.not_known).toEqual({
      streams_without_beneficiaries: 1,
      streams_without_activities: 2,
      undetermined_pairs: 1,
    });
  });

  it('pass-through money is one program: counted once and never compared with itself', async () => {
    const result = await review([
      programStream('fed', 'F', ['o1'], ['youth'], ['training'], { amount: 1000 }),
      programStream('state', 'a1', ['o1'], ['youth'], ['training'], { amount: 1000, passes_through_id: 'fed' }),
      programStream('local', 'b1', ['o1'], ['youth'], ['training'], { amount: 400, passes_through_id: 'state' }),
      programStream('other', 'c1', ['o1'], ['youth'], ['training'], { amount: 500 }),
    ]);
    expect(pairIds(result.duplication)).toEqual([['fed', 'other']]);
    const [finding] = result.duplication;
    expect(finding?.first.streams.map((row) => row.id)).toEqual(['fed', 'local', 'state']);
    expect(finding?.first.amount).toBe(1000);
    expect(finding?.amount).toBe(1500);
    expect(result.summary).toMatchObject({ programs: 2, streams: 4, amount: 1500 });
    expect(result.summary.duplication.amount).toBe(1500);
  });

  it('fragmentation: an area served by more than one department, with what each department funds', async () => {
    const result = await review([
      programStream('p', 'a1', ['o1'], ['youth'], ['training'], { amount: 100 }),
      programStream('q', 'b1', ['o2'], ['adults'], ['services'], { amount: 200 }),
      programStream('r', 'a2', ['o2'], ['youth'], ['training'], { amount: 300 }),
      // No category: in no area, so never fragmentation.
      programStream('n1', 'a1', ['o9'], ['youth'], ['training'], { amount: 1 }),
      programStream('n2', 'c1', ['o9'], ['adults'], ['services'], { amount: 2 }),
    ]);
    // Cross-department pairs in Training: p-q (no shared objective) and r-q (o2, but nothing else shared).
    // p-r is one department. n1-n2 share o9 only, which has no area.
    expect(result.overlap).toEqual([]);
    expect(result.duplication).toEqual([]);
    expect(result.fragmentation).toHaveLength(1);
    const [area] = result.fragmentation;
    expect(area?.area).toBe('Training');
    expect(area?.pair_count).toBe(2);
    expect(area?.amount).toBe(600);
    expect(area?.departments.map((department) => [department.id, department.amount])).toEqual([
      ['A', 400],
      ['B', 200],
    ]);
    expect(ids(area?.departments[0]?.objectives ?? [])).toEqual(['o1', 'o2']);
    expect(ids(area?.objectives.shared ?? [])).toEqual(['o2']);
    expect(ids(area?.objectives.one_department ?? [])).toEqual(['o1']);
    expect(area?.next_step).toContain('coordination');
    expect(result.summary.fragmentation).toMatchObject({ count: 1, amount: 600 });
  });

  it('a pair of departments in a narrower class elsewhere does not fragment an area they share', async () => {
    const result = await review([
      // Duplication on o1; both also fund o2 (Training too): the pair is reported once, as duplication.
      programStream('d1', 'a1', ['o1', 'o2'], ['youth'], ['training']),
      programStream('d2', 'b1', ['o1', 'o2'], ['youth'], ['training']),
      // A third department in Training with nothing shared: fragmentation pairs d1-f and d2-f.
      programStream('f', 'c1', ['o2'], ['adults'], ['services']),
    ]);
    expect(pairIds(result.duplication)).toEqual([['d1', 'd2']]);
    expect(result.fragmentation.map((finding) => [finding.area, finding.pair_count])).toEqual([['Training', 2]]);
  });

  it('scopes that do not meet serve different people: no overlap, but still more than one department', async () => {
    const result = await review([
      programStream('n', 'a1', ['o1'], ['youth'], ['training'], { region_ids: ['north'] }),
      programStream('s', 'b1', ['o1'], ['youth'], ['training'], { region_ids: ['south'] }),
      programStream('w', 'c1', ['o3'], ['youth'], ['training']),
      programStream('x', 'a1', ['o3'], ['youth'], ['training'], { region_ids: ['south'] }),
    ]);
    // n-s: regions disjoint. w (statewide) meets x (south): duplication.
    expect(pairIds(result.duplication)).toEqual([['w', 'x']]);
    expect(result.fragmentation.map((finding) => [finding.area, finding.pair_count])).toEqual([['Training', 1]]);
  });

  it('compares one fiscal year only, and filters to an agency', async () => {
    const result = await review([
      programStream('old', 'a1', ['o1'], ['youth'], ['training'], { fiscal_year: 2024 }),
      programStream('new', 'b1', ['o1'], ['youth'], ['training']),
      programStream('new2', 'c1', ['o1'], ['youth'], ['training']),
    ]);
    expect(pairIds(result.duplication)).toEqual([['new', 'new2']]);
    const older = await getJson<GaoReviewResponse>(app, '/api/analytics/gao-review?fiscal_year=2024');
    expect(older.duplication).toEqual([]);
    expect(older.summary.programs).toBe(1);
    const forA = await getJson<GaoReviewResponse>(app, '/api/analytics/gao-review?fiscal_year=2025&agency_id=A');
    expect(forA.duplication).toEqual([]);
    const forB = await getJson<GaoReviewResponse>(app, '/api/analytics/gao-review?fiscal_year=2025&agency_id=B');
    expect(pairIds(forB.duplication)).toEqual([['new', 'new2']]);
  });

  it('answers 400 for a fiscal year that is not one, 404 for an agency that does not exist', async () => {
    await loadGraph(app, base);
    const bad = await app.inject({ method: 'GET', url: '/api/analytics/gao-review?fiscal_year=20x5' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().detail).toContain('fiscal_year');
    const missing = await app.inject({ method: 'GET', url: '/api/analytics/gao-review?agency_id=nobody' });
    expect(missing.statusCode).toBe(404);
  });
});
