import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReleaseCheckResponse } from '../../server/contract/analytics/release-check.js';
import {
  agency,
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

// The draft: Labor (a department) would open 2025-03-20..04-05 (17 days) for {iwt, care} in the north, for
// nonprofits, $500, no stream (so FY2025 by its opening date).
// Existing releases:
//   ex-1 commerce  03-01..03-31  iwt   health only   -> 12 shared days of 17: 0.5 x 0.7059 = 0.353
//   ex-2 labor-wd  04-01..04-30  iwt                 -> 5 of 17, same department (flagged, not halved): 0.5 x 0.2941 = 0.147
//   ex-3 hhs       03-15..04-15  care  south only    -> does not compete (regions do not intersect)
//   ex-4 commerce  05-01..05-31  iwt                 -> does not compete (windows do not meet)
// FY2025 streams: s-wd (labor-wd, iwt, 1000), s-com (commerce, iwt, 500), s-care (hhs, care, south only, 200).
// Requests: north-mfg upskill {iwt} $2000 (eligible 1500), north-mfg childcare {care} $300 (unmatched: s-care is
// south only), south-health childcare $100 (s-care). The draft serves north-mfg's two requests.
let app: FastifyInstance;
beforeAll(async () => {
  app = await buildTestApp();
  await resetDatabase();
  await loadGraph(app, {
    agencies: [agency('labor'), agency('labor-wd', 'labor'), agency('commerce'), agency('hhs')],
    objectives: objectives('iwt', 'care'),
    sectors: sectors('mfg', 'health'),
    regions: regions('north', 'south'),
    solutions: [solution('upskill', ['iwt']), solution('childcare', ['care'])],
    partnerships: [
      partnership('north-mfg', 'north', ['mfg'], { applicant_type: 'nonprofit' }),
      partnership('south-health', 'south', ['health'], { applicant_type: 'employer' }),
    ],
    funding_streams: [
      stream('s-wd', 'labor-wd', ['iwt'], { amount: 1000 }),
      stream('s-com', 'commerce', ['iwt'], { amount: 500 }),
      stream('s-care', 'hhs', ['care'], { amount: 200, region_ids: ['south'] }),
    ],
    requests: [
      request('north-mfg', 'upskill', { year: 2025, estimated_cost: 2000 }),
      request('north-mfg', 'childcare', { year: 2025, estimated_cost: 300 }),
      request('south-health', 'childcare', { year: 2025, estimated_cost: 100 }),
    ],
    releases: [
      release('ex-1', 'commerce', '2025-03-01', '2025-03-31', ['iwt'], {
        stream_id: 's-com',
        amount: 100,
        sector_ids: ['health'],
      }),
      release('ex-2', 'labor-wd', '2025-04-01', '2025-04-30', ['iwt'], { stream_id: 's-wd', amount: 200 }),
      release('ex-3', 'hhs', '2025-03-15', '2025-04-15', ['care'], { region_ids: ['south'] }),
      release('ex-4', 'commerce', '2025-05-01', '2025-05-31', ['iwt']),
    ],
  });
});
afterAll(async () => app.close());

const draft = {
  title: 'Northern upskilling and child care',
  agency_id: 'labor',
  opens: '2025-03-20',
  closes: '2025-04-05',
  amount: 500,
  objective_ids: ['iwt', 'care'],
  region_ids: ['north'],
  eligible_applicants: ['nonprofit'],
};
const check = async (body: Record<string, unknown>) =>
  app.inject({ method: 'POST', url: '/api/analytics/release-check', payload: body });

describe('release check', () => {
  it('finds the existing releases the draft would compete with, most severe first', async () => {
    const response = await check(draft);
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json() as ReleaseCheckResponse;
    expect(body.draft).toMatchObject({
      id: 'draft',
      fiscal_year: 2025,
      agency: { id: 'labor' },
      regions: [{ id: 'north', name: 'Region north' }],
    });
    expect(body.competing.map((found) => [found.release.id, found.overlap_days, found.same_department])).toEqual([
      ['ex-1', 12, false],
      ['ex-2', 5, true],
    ]);
    expect(body.competing[0]?.severity).toBeCloseTo(0.353, 3);
    expect(body.competing[1]?.severity).toBe(0.147);
    expect(body.competing[0]?.release).toMatchObject({
      title: 'Release ex-1',
      stream: { id: 's-com', name: 'Stream s-com' },
    });
  });

  it('names the duplicated objectives it adds to, the requests it serves and the gaps it narrows', async () => {
    const body = (await check(draft)).json() as ReleaseCheckResponse;
    expect(
      body.duplicated_objectives.map((found) => [
        found.objective.id,
        ids(found.agencies),
        found.already_duplicated,
        found.becomes_duplicated,
      ]),
    ).toEqual([
      ['iwt', ['commerce', 'labor-wd'], true, false],
      ['care', ['hhs'], false, true],
    ]);
    expect(body.serves.request_count).toBe(2);
    expect(ids(body.serves.partnerships)).toEqual(['north-mfg']);
    expect(body.serves.requests.map((found) => [found.key, found.was_unmatched, ids(found.via)])).toEqual([
      ['north-mfg|childcare', true, ['care']],
      ['north-mfg|upskill', false, ['iwt']],
    ]);
    // childcare: $400 asked, $200 eligible (s-care, south) -> +$500; upskill: $2000 asked, $1500 eligible -> +$500.
    expect(body.narrows).toEqual([
      {
        solution: { id: 'childcare', name: 'Solution childcare' },
        requests_served: 1,
        request_count: 2,
        coverage_before: 0.5,
        coverage_after: 1.75,
        uncovered_before: 200,
        uncovered_after: 0,
        added_amount: 500,
        newly_matched: 1,
      },
      {
        solution: { id: 'upskill', name: 'Solution upskill' },
        requests_served: 1,
        request_count: 1,
        coverage_before: 0.75,
        coverage_after: 1,
        uncovered_before: 500,
        uncovered_after: 0,
        added_amount: 500,
        newly_matched: 0,
      },
    ]);
    expect(body.summary[0]).toBe(
      'Competes with 2 existing releases; the most severe is "Release ex-1" (Agency commerce): open together for 12 days, both for Objective iwt.',
    );
    expect(body.summary[2]).toBe('Would serve 2 requests from 1 partnership, 1 of them with no eligible stream today.');
  });

  it('says "adds" an agency only where the count of agencies grows, as its table shows', async () => {
    // labor-wd already funds iwt (with commerce: 2 -> 2); for care it joins hhs (1 -> 2).
    const body = (await check({ ...draft, agency_id: 'labor-wd' })).json() as ReleaseCheckResponse;
    expect(
      body.duplicated_objectives.map((item) => [item.objective.id, item.agencies_before, item.agencies_after]),
    ).toEqual([
      ['iwt', 2, 2],
      ['care', 1, 2],
    ]);
    expect(body.summary.filter((line) => /^Adds |already funds/.test(line))).toEqual([
      'Adds Agency labor-wd to 1 objective that other agencies already fund: Objective care.',
      'Agency labor-wd already funds 1 objective that other agencies fund too, so it adds no agency there: Objective iwt.',
    ]);
  });

  it('a draft of an existing release does not compete with itself', async () => {
    const body = (await check({ ...draft, id: 'ex-1' })).json() as ReleaseCheckResponse;
    expect(body.competing.map((found) => found.release.id)).toEqual(['ex-2']);
  });

  it('rejects a draft that breaks the release rules or names what does not exist', async () => {
    const backwards = await check({ ...draft, closes: '2025-03-01' });
    expect(backwards.statusCode).toBe(400);
    const unknown = await check({ ...draft, objective_ids: ['iwt', 'ghost'], agency_id: 'nobody' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors).toEqual([
      { field: 'agency_id', message: 'names no agency "nobody"' },
      { field: 'objective_ids', message: 'names nothing with id "ghost"' },
    ]);
  });
});
