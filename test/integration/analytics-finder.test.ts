import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FinderResponse } from '../../server/contract/analytics/finder.js';
import {
  agency,
  getJson,
  ids,
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

// north-mfg (north, mfg, nonprofit) requests upskill {iwt} (priority 1, $1000) and childcare {care} (priority 2, $400).
// Priority weights: 5 and 4 of 9. Streams (FY2025):
//   s-any        labor     iwt   no scope             available 600  moderate  0% match
//   s-mfg-north  commerce  iwt   mfg, north, nonprofits 500          flexible  25%
//   s-care-north labor     care  north                  100          restricted 50%
//   s-care-board commerce  care  workforce boards only                          -> near miss
// Scores (40 requests + 30 amount + 15 flexibility + 15 match):
//   s-any:        40 x 5/9 + 30 x 0.6 + 15 x 0.6 + 15 x 1    = 64.2
//   s-mfg-north:  40 x 5/9 + 30 x 0.5 + 15 x 1   + 15 x 0.75 = 63.5
//   s-care-north: 40 x 4/9 + 30 x 0.25 + 15 x 0.2 + 15 x 0.5 = 35.8
let app: FastifyInstance;
beforeAll(async () => {
  app = await buildTestApp();
  await resetDatabase();
  await loadGraph(app, {
    agencies: [agency('labor'), agency('commerce')],
    objectives: objectives('iwt', 'care'),
    sectors: sectors('mfg', 'health'),
    regions: regions('north', 'south'),
    solutions: [solution('upskill', ['iwt']), solution('childcare', ['care'])],
    partnerships: [partnership('north-mfg', 'north', ['mfg'], { applicant_type: 'nonprofit' })],
    funding_streams: [
      stream('s-any', 'labor', ['iwt'], { amount: 1000, obligated: 400, flexibility: 'moderate', match_percent: 0 }),
      stream('s-mfg-north', 'commerce', ['iwt'], {
        amount: 500,
        flexibility: 'flexible',
        match_percent: 25,
        sector_ids: ['mfg'],
        region_ids: ['north'],
        eligible_applicants: ['nonprofit'],
      }),
      stream('s-care-north', 'labor', ['care'], {
        amount: 100,
        flexibility: 'restricted',
        match_percent: 50,
        region_ids: ['north'],
      }),
      stream('s-care-board', 'commerce', ['care'], { amount: 800, eligible_applicants: ['workforce board'] }),
    ],
    requests: [
      request('north-mfg', 'upskill', { priority: 1, year: 2025, estimated_cost: 1000 }),
      request('north-mfg', 'childcare', { priority: 2, year: 2025, estimated_cost: 400 }),
    ],
    releases: [
      release('any-open', 'labor', '2025-02-01', '2025-03-31', ['iwt'], { stream_id: 's-any' }),
      release('any-closed', 'labor', '2025-01-01', '2025-02-28', ['iwt'], { stream_id: 's-any' }),
      release('any-south', 'labor', '2025-04-01', '2025-05-01', ['iwt'], { stream_id: 's-any', region_ids: ['south'] }),
      release('mfg-upcoming', 'commerce', '2025-06-01', '2025-06-30', ['iwt'], {
        stream_id: 's-mfg-north',
        sector_ids: ['mfg'],
        amount: 50,
      }),
      release('mfg-health', 'commerce', '2025-03-01', '2025-03-31', ['iwt'], {
        stream_id: 's-mfg-north',
        sector_ids: ['health'],
      }),
      release('care-last-day', 'labor', '2025-02-01', '2025-03-01', ['care'], { stream_id: 's-care-north' }),
    ],
  });
});
afterAll(async () => app.close());

const match = (url: string) => getJson<FinderResponse>(app, url);

describe('matching a partnership', () => {
  it('judges releases as of the day asked for, else today, else (every release already closed) the fiscal year start', async () => {
    expect(await match('/api/analytics/match/north-mfg?as_of=2025-03-01')).toMatchObject({
      as_of: '2025-03-01',
      as_of_basis: 'requested',
    });
    // Every release of this map closed in 2025, before any day these tests run: today would show nothing.
    const body = await match('/api/analytics/match/north-mfg');
    expect(body).toMatchObject({
      as_of: `${(body.filters.fiscal_year ?? 0) - 1}-07-01`,
      as_of_basis: 'fiscal_year_start',
    });
    expect(body.streams.some((found) => found.releases.length > 0)).toBe(true);
  });

  it('ranks the eligible streams by the documented score', async () => {
    const body = await match('/api/analytics/match/north-mfg?as_of=2025-03-01');
    expect(body.profile).toEqual({
      partnership: { id: 'north-mfg', name: 'Partnership north-mfg' },
      region: { id: 'north', name: 'Region north' },
      sectors: [{ id: 'mfg', name: 'Sector mfg' }],
      applicant_type: 'nonprofit',
    });
    expect(body.streams.map((found) => [found.id, found.score])).toEqual([
      ['s-any', 64.2],
      ['s-mfg-north', 63.5],
      ['s-care-north', 35.8],
    ]);
    expect(body.streams[1]?.score_parts).toEqual({ requests: 0.5556, amount: 0.5, flexibility: 1, match: 0.75 });
    expect(body.requests.map((found) => [found.key, found.eligible_stream_count])).toEqual([
      ['north-mfg|childcare', 1],
      ['north-mfg|upskill', 2],
    ]);
  });

  it('explains each match: reasons, the graph path, open and upcoming releases', async () => {
    const body = await match('/api/analytics/match/north-mfg?as_of=2025-03-01');
    const mfg = body.streams.find((found) => found.id === 's-mfg-north');
    expect(mfg?.reasons).toEqual([
      'Eligible for 1 of 2 requests',
      '$500 not yet obligated, of $500',
      'Flexible money',
      '25% match required',
    ]);
    expect(mfg?.covers[0]?.reasons).toEqual([
      'Supports Objective iwt, which Solution upskill advances',
      'Scoped to Sector mfg, a sector of the request',
      'Covers Region north',
      'Open to nonprofit applicants',
    ]);
    expect(mfg?.covers[0]?.path.relationships).toEqual([
      { type: 'REQUESTS', from: 'Partnership:north-mfg', to: 'Solution:upskill' },
      { type: 'ADMINISTERS', from: 'Agency:commerce', to: 'FundingStream:s-mfg-north' },
      { type: 'ADVANCES', from: 'Solution:upskill', to: 'Objective:iwt' },
      { type: 'SUPPORTS', from: 'FundingStream:s-mfg-north', to: 'Objective:iwt' },
      { type: 'SCOPED_TO', from: 'FundingStream:s-mfg-north', to: 'Sector:mfg' },
      { type: 'FOCUSES_ON', from: 'Partnership:north-mfg', to: 'Sector:mfg' },
      { type: 'SCOPED_TO', from: 'FundingStream:s-mfg-north', to: 'Region:north' },
      { type: 'IN_REGION', from: 'Partnership:north-mfg', to: 'Region:north' },
    ]);
    expect(mfg?.releases.map((found) => [found.id, found.status, found.title])).toEqual([
      ['mfg-upcoming', 'upcoming', 'Release mfg-upcoming'],
    ]);
    const any = body.streams.find((found) => found.id === 's-any');
    expect(any?.covers[0]?.reasons.slice(1)).toEqual(['Open to every sector', 'Statewide', 'No applicant restriction']);
    expect(any?.releases.map((found) => [found.id, found.status])).toEqual([['any-open', 'open']]);
    // A window closing on the day itself is still open.
    expect(body.streams.find((found) => found.id === 's-care-north')?.releases.map((found) => found.id)).toEqual([
      'care-last-day',
    ]);
    expect(body.near_misses.map((miss) => [miss.request_key, miss.id, miss.fails])).toEqual([
      ['north-mfg|childcare', 's-care-board', ['applicant_type']],
    ]);
  });

  it('answers 404 for a partnership that does not exist', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/analytics/match/ghost' });
    expect(response.statusCode).toBe(404);
  });
});

describe('ad-hoc matching', () => {
  it('matches a region, sectors and solutions as if a partnership asked', async () => {
    const body = await match(
      '/api/analytics/match?region_id=north&sector_ids=mfg&solution_ids=upskill&applicant_type=Nonprofit&as_of=2025-03-01',
    );
    expect(body.profile.partnership).toBeNull();
    // No cost and no priority given: both cover the one request in full; flexible s-mfg-north wins (96.3 vs 94).
    expect(body.streams.map((found) => [found.id, found.score])).toEqual([
      ['s-mfg-north', 96.3],
      ['s-any', 94],
    ]);
    expect(body.streams[1]?.covers[0]?.path.nodes.map((node) => node.key)).toEqual([
      'Solution:upskill',
      'FundingStream:s-any',
      'Agency:labor',
      'Objective:iwt',
    ]);
  });

  it('without an applicant type, a described need may be any type: it says which type each stream needs', async () => {
    const body = await match('/api/analytics/match?region_id=north&sector_ids=mfg&solution_ids=upskill');
    expect(ids(body.streams).sort()).toEqual(['s-any', 's-mfg-north']);
    expect(body.near_misses).toEqual([]);
    const reasons = (id: string) => body.streams.find((found) => found.id === id)?.covers[0]?.reasons;
    expect(reasons('s-mfg-north')).toContain('Open only to nonprofit: apply as one of them');
    expect(reasons('s-any')).toContain('No applicant restriction');
  });

  it('matches an applicant type however it is spelled, and refuses streams for other types', async () => {
    const url = (type: string) =>
      `/api/analytics/match?region_id=north&sector_ids=mfg&solution_ids=upskill&applicant_type=${encodeURIComponent(type)}`;
    for (const spelling of ['nonprofit', 'Non-profit organization', 'Nonprofits'])
      expect(ids((await match(url(spelling))).streams).sort(), spelling).toEqual(['s-any', 's-mfg-north']);
    const employer = await match(url('employer'));
    expect(ids(employer.streams)).toEqual(['s-any']);
    expect(employer.near_misses[0]?.reason).toBe('Stream s-mfg-north is open only to nonprofit, not employer');
  });

  it('lists the applicant types of the map to choose from, one spelling each', async () => {
    expect(await getJson(app, '/api/analytics/applicant-types')).toEqual({
      applicant_types: ['nonprofit', 'workforce board'],
    });
  });

  it('takes objectives instead of solutions, and any sector when none is given', async () => {
    const body = await match('/api/analytics/match?region_id=north&objective_ids=care,iwt');
    expect(body.requests.map((found) => found.key)).toEqual(['ad-hoc|objective:care', 'ad-hoc|objective:iwt']);
    // No applicant type: any type, so the streams open only to nonprofits or to workforce boards count too.
    expect(ids(body.streams).sort()).toEqual(['s-any', 's-care-board', 's-care-north', 's-mfg-north']);
    const boards = await match(
      '/api/analytics/match?region_id=north&objective_ids=care,iwt&applicant_type=Workforce%20boards',
    );
    expect(ids(boards.streams).sort()).toEqual(['s-any', 's-care-board', 's-care-north']);
  });

  it('names unknown ids (404) and asks for something to match (400)', async () => {
    const unknown = await app.inject({ method: 'GET', url: '/api/analytics/match?region_id=north&solution_ids=ghost' });
    expect([unknown.statusCode, unknown.json().detail]).toEqual([404, 'No solution "ghost".']);
    const nothing = await app.inject({ method: 'GET', url: '/api/analytics/match?region_id=north' });
    expect(nothing.statusCode).toBe(400);
  });
});
