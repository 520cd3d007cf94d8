import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CompetingReleasesResponse } from '../../server/contract/analytics/competing-releases.js';
import {
  agency,
  getJson,
  loadGraph,
  objectives,
  regions,
  release,
  sectors,
  stream,
} from '../fixtures/analytics/graph.js';
import { buildTestApp, resetDatabase } from '../helpers/test-app.js';

// Labor has divisions wd and ao; Commerce is a department. Streams: s-wd, s-ao, s-com (FY2025), s-old (FY2024).
//   r1  labor-wd  s-wd   2025-03-01..04-30 (61 days)  iwt         any scope        1000
//   r2  labor-ao  s-ao   2025-04-30..06-15 (47 days)  appr, iwt   mfg, north        500
//   r3  commerce  -      2025-04-01..04-30 (30 days)  iwt         health           (amount unknown; FY2025 by opens)
//   r4  labor-wd  s-wd   2025-05-01..05-31 (31 days)  iwt         south             100
//   r5  labor-wd  s-wd   2025-05-15..06-30 (47 days)  iwt         south             200
//   r6  commerce  s-old  2024-06-01..2025-03-01       iwt         any scope         300  (FY2024)
//   r7  commerce  -      2025-07-01..07-31            iwt         any scope              (FY2026 by opens)
//   r8  solo      s-com  2025-03-01..04-30            care        any scope              (no shared objective)
// Competing, worked out by hand:
//   r1+r3  share iwt, 30 days (all of r3), different departments: severity 1 x 1 = 1
//   r4+r5  one agency, 17 days of r4's 31: 1 x 0.5484 = 0.5484 (not halved: issue #9 flags it instead)
//   r1+r6  one day (03-01) of r1's 61: 1 x 0.0164 = 0.0164 (r6 is FY2024: kept, since r1 is FY2025)
//   r1+r2  one day (04-30) of r2's 47, share iwt of {iwt} | {appr, iwt}: 0.5 x 0.0213 = 0.0107
// Not competing: r1+r4 (one day apart), r2+r3 (mfg vs health), r2+r4/r5 (north vs south), r7 and r8.
let app: FastifyInstance;
beforeAll(async () => {
  app = await buildTestApp();
  await resetDatabase();
  await loadGraph(app, {
    agencies: [
      agency('labor'),
      agency('labor-wd', 'labor'),
      agency('labor-ao', 'labor'),
      agency('commerce'),
      agency('solo'),
    ],
    objectives: objectives('iwt', 'appr', 'care'),
    sectors: sectors('mfg', 'health'),
    regions: regions('north', 'south'),
    funding_streams: [
      stream('s-wd', 'labor-wd', ['iwt']),
      stream('s-ao', 'labor-ao', ['appr', 'iwt']),
      stream('s-com', 'commerce', ['care']),
      stream('s-old', 'commerce', ['iwt'], { fiscal_year: 2024 }),
    ],
    releases: [
      release('r1', 'labor-wd', '2025-03-01', '2025-04-30', ['iwt'], { stream_id: 's-wd', amount: 1000 }),
      release('r2', 'labor-ao', '2025-04-30', '2025-06-15', ['appr', 'iwt'], {
        stream_id: 's-ao',
        amount: 500,
        sector_ids: ['mfg'],
        region_ids: ['north'],
      }),
      release('r3', 'commerce', '2025-04-01', '2025-04-30', ['iwt'], { sector_ids: ['health'] }),
      release('r4', 'labor-wd', '2025-05-01', '2025-05-31', ['iwt'], {
        stream_id: 's-wd',
        amount: 100,
        region_ids: ['south'],
      }),
      release('r5', 'labor-wd', '2025-05-15', '2025-06-30', ['iwt'], {
        stream_id: 's-wd',
        amount: 200,
        region_ids: ['south'],
      }),
      release('r6', 'commerce', '2024-06-01', '2025-03-01', ['iwt'], { stream_id: 's-old', amount: 300 }),
      release('r7', 'commerce', '2025-07-01', '2025-07-31', ['iwt']),
      release('r8', 'solo', '2025-03-01', '2025-04-30', ['care'], { stream_id: 's-com' }),
    ],
  });
});
afterAll(async () => app.close());

const competing = (query = '') => getJson<CompetingReleasesResponse>(app, `/api/analytics/competing-releases${query}`);
const pairs = (body: CompetingReleasesResponse) => body.pairs.map((pair) => `${pair.a.id}+${pair.b.id}`);

describe('competing releases', () => {
  it('finds every pair, most severe first, each with what makes it compete', async () => {
    const body = await competing();
    expect(body.filters).toMatchObject({ fiscal_year: 2025, from: null, to: null });
    expect(pairs(body)).toEqual(['r1+r3', 'r4+r5', 'r1+r6', 'r1+r2']);
    expect(body.total).toBe(4);
    expect(body.pairs.map((pair) => [pair.severity, pair.overlap_days, pair.same_department])).toEqual([
      [1, 30, false],
      [0.5484, 17, true],
      [0.0164, 1, false],
      [0.0107, 1, true],
    ]);
    const [first] = body.pairs;
    expect(first).toMatchObject({
      similarity: 1,
      overlap: { from: '2025-04-01', to: '2025-04-30' },
      overlap_share: 1,
      combined_amount: 1000,
      amount_known: false,
      shared_objectives: [{ id: 'iwt', name: 'Objective iwt' }],
    });
    expect(first?.a).toMatchObject({
      title: 'Release r1',
      agency: { id: 'labor-wd', department: { id: 'labor', name: 'Agency labor' } },
      stream: { id: 's-wd', name: 'Stream s-wd' },
      fiscal_year: 2025,
    });
    expect(first?.b).toMatchObject({
      stream: null,
      amount: null,
      fiscal_year: 2025,
      sectors: [{ id: 'health', name: 'Sector health' }],
    });
    expect(body.pairs[3]).toMatchObject({ similarity: 0.5, overlap: { from: '2025-04-30', to: '2025-04-30' } });
  });

  it('a pair counts in the fiscal year of either release', async () => {
    expect(pairs(await competing('?fiscal_year=2024'))).toEqual(['r1+r6']);
    expect(pairs(await competing('?fiscal_year=2026'))).toEqual([]);
    expect((await competing('?fiscal_year=all')).total).toBe(4);
  });

  it('from/to keep the pairs whose shared days meet the period (every fiscal year unless one is given)', async () => {
    const body = await competing('?from=2025-05-01&to=2025-05-31');
    expect(body.filters).toMatchObject({ fiscal_year: null, from: '2025-05-01', to: '2025-05-31' });
    expect(pairs(body)).toEqual(['r4+r5']);
    expect(pairs(await competing('?from=2025-04-30&to=2025-04-30'))).toEqual(['r1+r3', 'r1+r2']);
  });

  it('filters by agency (either release), sector and region (both releases serve it)', async () => {
    expect(pairs(await competing('?agency_id=commerce'))).toEqual(['r1+r3', 'r1+r6']);
    expect(pairs(await competing('?agency_id=labor')).length).toBe(4);
    expect(pairs(await competing('?sector_id=health'))).toEqual(['r1+r3', 'r4+r5', 'r1+r6']);
    expect(pairs(await competing('?region_id=north'))).toEqual(['r1+r3', 'r1+r6', 'r1+r2']);
  });

  it('returns the first `limit` pairs and counts them all', async () => {
    const body = await competing('?limit=2');
    expect([body.total, pairs(body)]).toEqual([4, ['r1+r3', 'r4+r5']]);
  });

  it('rejects a malformed date', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/analytics/competing-releases?from=May' });
    expect(response.statusCode).toBe(400);
  });
});
