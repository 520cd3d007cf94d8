import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AgencyOverlapResponse } from '../../server/contract/analytics/agency-overlap.js';
import type { DuplicatedObjectivesResponse } from '../../server/contract/analytics/duplicated-objectives.js';
import { agency, getJson, ids, loadGraph, objectives, regions, sectors, stream } from '../fixtures/analytics/graph.js';
import { buildTestApp, resetDatabase } from '../helpers/test-app.js';

// Labor has two divisions (wd, ao); Feds, Commerce and Solo are departments on their own. FY2025 is the latest.
//   iwt:       feds (allot, 1000), labor-wd (wd-1, 100, passed down from allot), labor-ao (ao-1, 200),
//              commerce (com-1, 300, health only)
//   appr:      labor-ao (ao-1), labor-wd (wd-2, 40)            -> two divisions of one department
//   childcare: commerce (com-2, 50); labor-wd only in FY2024 (wd-old)
//   lonely:    solo (solo-1)
let app: FastifyInstance;
beforeAll(async () => {
  app = await buildTestApp();
  await resetDatabase();
  await loadGraph(app, {
    agencies: [
      agency('feds'),
      agency('labor'),
      agency('labor-wd', 'labor'),
      agency('labor-ao', 'labor'),
      agency('commerce'),
      agency('solo'),
    ],
    objectives: objectives('iwt', 'appr', 'childcare', 'lonely'),
    sectors: sectors('mfg', 'health'),
    regions: regions('north'),
    funding_streams: [
      stream('allot', 'feds', ['iwt'], { amount: 1000 }),
      stream('wd-1', 'labor-wd', ['iwt'], { amount: 100, passes_through_id: 'allot' }),
      stream('wd-2', 'labor-wd', ['appr'], { amount: 40 }),
      stream('ao-1', 'labor-ao', ['iwt', 'appr'], { amount: 200 }),
      stream('com-1', 'commerce', ['iwt'], { amount: 300, sector_ids: ['health'] }),
      stream('com-2', 'commerce', ['childcare'], { amount: 50 }),
      stream('solo-1', 'solo', ['lonely'], { amount: 10 }),
      stream('wd-old', 'labor-wd', ['childcare'], { amount: 70, fiscal_year: 2024 }),
    ],
  });
});
afterAll(async () => app.close());

const duplicated = (query = '') =>
  getJson<DuplicatedObjectivesResponse>(app, `/api/analytics/duplicated-objectives${query}`);
const overlap = (query = '') => getJson<AgencyOverlapResponse>(app, `/api/analytics/agency-overlap${query}`);

describe('duplicated objectives', () => {
  it('lists objectives funded by two or more agencies of the latest fiscal year, cross-department first', async () => {
    const body = await duplicated();
    expect(body.filters).toEqual({ fiscal_year: 2025, agency_id: null, sector_id: null, region_id: null });
    expect(ids(body.objectives)).toEqual(['iwt', 'appr']);
    const [iwt, appr] = body.objectives;
    // wd-1's 100 is part of allot's 1000: the total counts it once (1000 + 200 + 300).
    expect(iwt).toMatchObject({
      name: 'Objective iwt',
      agency_count: 4,
      department_count: 3,
      cross_department: true,
      stream_count: 4,
      total_amount: 1500,
    });
    expect(iwt?.agencies.map((found) => [found.id, found.department.id, ids(found.streams), found.amount])).toEqual([
      ['commerce', 'commerce', ['com-1'], 300],
      ['feds', 'feds', ['allot'], 1000],
      ['labor-ao', 'labor', ['ao-1'], 200],
      ['labor-wd', 'labor', ['wd-1'], 100],
    ]);
    expect(iwt?.agencies[3]?.streams[0]?.passes_through_id).toBe('allot');
    // ...and so does each agency's share: wd-1's 100 came down from Feds' allot, counted under Feds.
    expect(iwt?.agencies.map((found) => [found.id, found.passed_through_amount])).toEqual([
      ['commerce', 0],
      ['feds', 0],
      ['labor-ao', 0],
      ['labor-wd', 100],
    ]);
    const countedOnce = iwt!.agencies.reduce((sum, found) => sum + found.amount - found.passed_through_amount, 0);
    expect(countedOnce).toBe(iwt?.total_amount);
    // Two divisions of one department are two agencies, and one department.
    expect(appr).toMatchObject({ agency_count: 2, department_count: 1, cross_department: false, total_amount: 240 });
  });

  it('counts only the chosen fiscal year, or every year with "all"', async () => {
    expect(ids((await duplicated('?fiscal_year=2024')).objectives)).toEqual([]);
    const all = await duplicated('?fiscal_year=all');
    expect(all.filters.fiscal_year).toBeNull();
    // childcare: commerce (FY2025) and labor-wd (FY2024): two departments, but fewer agencies than iwt.
    expect(ids(all.objectives)).toEqual(['iwt', 'childcare', 'appr']);
  });

  it('with a sector, keeps the streams serving it (no sector scope serves every sector)', async () => {
    const body = await duplicated('?sector_id=mfg');
    // com-1 serves health only, so iwt is left to Feds and Labor's two divisions (1000 + 200, wd-1 within allot).
    expect(
      body.objectives.map((found) => [found.id, found.agency_count, found.department_count, found.total_amount]),
    ).toEqual([
      ['iwt', 3, 2, 1200],
      ['appr', 2, 1, 240],
    ]);
  });

  it('with an agency, keeps the objectives it (or a division of it) is part of', async () => {
    expect(ids((await duplicated('?agency_id=commerce')).objectives)).toEqual(['iwt']);
    expect(ids((await duplicated('?agency_id=labor')).objectives)).toEqual(['iwt', 'appr']);
    expect(ids((await duplicated('?agency_id=solo')).objectives)).toEqual([]);
  });

  it('answers 404 for an id that names nothing', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/analytics/duplicated-objectives?agency_id=ghost' });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json().detail).toBe('No agency "ghost".');
  });
});

describe('the analytics API', () => {
  it('documents every analytic in the OpenAPI description, with its response schema', async () => {
    const docs = await getJson<{ paths: Record<string, { get?: { responses: Record<string, unknown> } }> }>(
      app,
      '/api/docs/json',
    );
    for (const name of [
      'duplicated-objectives',
      'agency-overlap',
      'competing-releases',
      'gaps',
      'repurpose',
      'network',
      'scorecard',
    ])
      expect(docs.paths[`/api/analytics/${name}`]?.get?.responses['200']).toBeDefined();
    expect(Object.keys(docs.paths)).toEqual(
      expect.arrayContaining([
        '/api/analytics/match/{partnershipId}',
        '/api/analytics/release-check',
        '/api/scorecard/settings',
      ]),
    );
  });
});

describe('agency overlap', () => {
  it('pairs agencies sharing objectives, with the Jaccard similarity of their objective sets', async () => {
    // Objective sets: feds {iwt}, labor-wd {iwt, appr}, labor-ao {iwt, appr}, commerce {iwt, childcare},
    // solo {lonely}. Jaccard: 2/2 between the divisions, 1/2 with feds, 1/3 between commerce and a division.
    const body = await overlap();
    expect(body.total).toBe(6);
    expect(
      body.pairs.map((pair) => [
        pair.a.id,
        pair.b.id,
        ids(pair.shared_objectives),
        pair.similarity,
        pair.same_department,
      ]),
    ).toEqual([
      ['labor-ao', 'labor-wd', ['appr', 'iwt'], 1, true],
      ['commerce', 'feds', ['iwt'], 0.5, false],
      ['feds', 'labor-ao', ['iwt'], 0.5, false],
      ['feds', 'labor-wd', ['iwt'], 0.5, false],
      ['commerce', 'labor-ao', ['iwt'], 0.3333, false],
      ['commerce', 'labor-wd', ['iwt'], 0.3333, false],
    ]);
    expect(body.pairs[4]?.a).toMatchObject({
      name: 'Agency commerce',
      objective_count: 2,
      department: { id: 'commerce' },
    });
  });

  it('returns the first `limit` pairs and counts them all', async () => {
    const body = await overlap('?limit=1');
    expect([body.total, body.limit, body.pairs.length]).toEqual([6, 1, 1]);
  });

  it('with an agency, keeps the pairs it is part of', async () => {
    const body = await overlap('?agency_id=labor-ao');
    expect(body.pairs.map((pair) => `${pair.a.id}+${pair.b.id}`)).toEqual([
      'labor-ao+labor-wd',
      'feds+labor-ao',
      'commerce+labor-ao',
    ]);
  });
});
