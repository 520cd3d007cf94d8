import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AgencyOverlapResponse } from '../../server/contract/analytics/agency-overlap.js';
import type { BraidResponse } from '../../server/contract/analytics/braid.js';
import type { CompetingReleasesResponse } from '../../server/contract/analytics/competing-releases.js';
import type { DuplicatedObjectivesResponse } from '../../server/contract/analytics/duplicated-objectives.js';
import type { GapsResponse } from '../../server/contract/analytics/gaps.js';
import type { FinderResponse } from '../../server/contract/analytics/finder.js';
import type { NetworkResponse } from '../../server/contract/analytics/network.js';
import type { ReleaseCheckResponse } from '../../server/contract/analytics/release-check.js';
import type { RepurposeResponse } from '../../server/contract/analytics/repurpose.js';
import type { ScorecardResponse } from '../../server/contract/analytics/scorecard.js';
import { demoDir, folderFiles } from '../../server/seed/load-demo.js';
import { getJson, ids } from '../fixtures/analytics/graph.js';
import { importFiles } from '../helpers/fixtures.js';
import { buildTestApp, resetDatabase } from '../helpers/test-app.js';

// The demo map (seed/demo, the State of Lakeland): each analytic finds the patterns seed/README.md promises.
let app: FastifyInstance;
beforeAll(async () => {
  app = await buildTestApp();
  await resetDatabase();
  const response = await importFiles(app, folderFiles(demoDir));
  expect(response.statusCode, response.body).toBe(200);
});
afterAll(async () => app.close());

const pairKey = (a: string, b: string) => [a, b].sort().join('+');

describe('analytics on the demo map', () => {
  it('duplicated objectives: incumbent upskilling is funded across departments', async () => {
    const body = await getJson<DuplicatedObjectivesResponse>(
      app,
      '/api/analytics/duplicated-objectives?fiscal_year=2025',
    );
    const upskilling = body.objectives.find((objective) => objective.id === 'incumbent-upskilling');
    expect(ids(upskilling?.agencies ?? [])).toEqual(
      expect.arrayContaining(['dlw-wd', 'dlw-ui', 'ded-business', 'lccs-workforce', 'gov']),
    );
    expect(upskilling?.cross_department).toBe(true);
    const overlap = await getJson<AgencyOverlapResponse>(
      app,
      '/api/analytics/agency-overlap?fiscal_year=2025&limit=5000',
    );
    const pair = overlap.pairs.find((found) => pairKey(found.a.id, found.b.id) === pairKey('ded-business', 'dlw-wd'));
    expect(ids(pair?.shared_objectives ?? [])).toContain('incumbent-upskilling');
  });

  it('competing releases: across departments and within one, every year', async () => {
    const body = await getJson<CompetingReleasesResponse>(
      app,
      '/api/analytics/competing-releases?fiscal_year=2025&limit=5000',
    );
    const find = (a: string, b: string) => body.pairs.find((pair) => pairKey(pair.a.id, pair.b.id) === pairKey(a, b));
    expect(find('talent-fund-cycle1-fy2025', 'skills-investment-round1-fy2025')?.same_department).toBe(false);
    expect(find('talent-fund-cycle1-fy2025', 'skill-advance-round1-fy2025')?.same_department).toBe(false);
    expect(find('saef-subgrants-fy2025', 'apprenticeship-readiness-fy2025')?.same_department).toBe(true);
    expect(find('perkins-innovation-fy2025', 'iet-pilot-fy2025')?.same_department).toBe(true);
    expect(
      find('talent-fund-cycle1-fy2025', 'skills-investment-round1-fy2025')?.shared_objectives.map((o) => o.id),
    ).toContain('incumbent-upskilling');
    const latest = await getJson<CompetingReleasesResponse>(app, '/api/analytics/competing-releases');
    expect(latest.pairs.some((pair) => pair.a.id.endsWith('fy2026') || pair.b.id.endsWith('fy2026'))).toBe(true);
  });

  it('gaps: child care is the most requested, least covered solution; some requests have nothing eligible', async () => {
    const body = await getJson<GapsResponse>(app, '/api/analytics/gaps');
    expect(body.gaps[0]?.solution.id).toBe('child-care');
    expect(body.gaps[0]?.coverage).toBeLessThan(0.5);
    expect(body.unmatched_requests.length).toBeGreaterThan(0);
    const all = await getJson<GapsResponse>(app, '/api/analytics/gaps?fiscal_year=all');
    expect(all.unmatched_requests.some((request) => request.solution?.id === 'shared-operating-capacity')).toBe(true);
  });

  it('matching and braiding: a manufacturing partnership gets ranked streams, reasons, releases and a plan', async () => {
    const match = await getJson<FinderResponse>(
      app,
      '/api/analytics/match/river-valley-manufacturing?as_of=2025-09-01',
    );
    expect(match.streams.length).toBeGreaterThan(3);
    expect(match.streams[0]?.covers[0]?.path.relationships.map((link) => link.type)).toContain('SUPPORTS');
    expect(match.streams.some((stream) => stream.releases.length > 0)).toBe(true);
    const upskilling = match.requests.find((request) => request.solution?.id === 'incumbent-upskilling');
    expect(upskilling?.eligible_stream_count).toBeGreaterThan(1);
    const plan = await getJson<BraidResponse>(
      app,
      '/api/analytics/braid?partnership_id=river-valley-manufacturing&solution_id=incumbent-upskilling',
    );
    expect(plan.fully_covered).toBe(true);
    expect(plan.allocations.length).toBeGreaterThan(0);
    // An economic development organization finds employer-training money closed to it.
    const woods = await getJson<FinderResponse>(app, '/api/analytics/match/north-woods-wood-products?fiscal_year=all');
    expect(woods.near_misses.some((miss) => miss.fails.includes('applicant_type'))).toBe(true);
  });

  it("re-purposing: the Governor's flexible innovation fund sits unspent", async () => {
    const body = await getJson<RepurposeResponse>(app, '/api/analytics/repurpose?fiscal_year=2025');
    const fund = body.candidates.find((candidate) => candidate.id === 'gov-innovation-fund-fy2025');
    expect(fund).toMatchObject({ flexibility: 'flexible', under_used: true });
    expect(fund?.utilization).toBeLessThan(0.2);
  });

  it('network: funding families cut across departments', async () => {
    const body = await getJson<NetworkResponse>(app, '/api/analytics/network');
    expect(body.communities.length).toBeGreaterThan(2);
    expect(body.communities.some((family) => family.cross_department)).toBe(true);
    expect(body.objectives.find((objective) => objective.id === 'incumbent-upskilling')?.agency_count).toBeGreaterThan(
      4,
    );
  });

  it('release check: re-posting a Talent Fund round would compete with Commerce and the colleges', async () => {
    const draft = {
      title: 'Talent Fund, another round',
      agency_id: 'dlw-wd',
      stream_id: 'talent-fund-fy2025',
      opens: '2024-10-01',
      closes: '2024-11-15',
      amount: 5_000_000,
      objective_ids: ['incumbent-upskilling', 'on-the-job-training'],
      eligible_applicants: ['employer', 'employer consortium'],
    };
    const response = await app.inject({ method: 'POST', url: '/api/analytics/release-check', payload: draft });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json() as ReleaseCheckResponse;
    expect(body.competing.map((found) => found.release.id)).toEqual(
      expect.arrayContaining([
        'talent-fund-cycle1-fy2025',
        'skills-investment-round1-fy2025',
        'skill-advance-round1-fy2025',
      ]),
    );
    expect(body.duplicated_objectives.map((found) => found.objective.id)).toContain('incumbent-upskilling');
    expect(body.summary.length).toBeGreaterThan(2);
  });

  it('scorecard: every indicator has a value; partnerships braid awards', async () => {
    const body = await getJson<ScorecardResponse>(app, '/api/analytics/scorecard?fiscal_year=2025');
    expect(body.indicators.every((indicator) => indicator.value !== null)).toBe(true);
    const value = (id: string) => body.indicators.find((indicator) => indicator.id === id)?.value;
    expect(value('braided_partnerships')).toBeGreaterThanOrEqual(2);
    expect(value('competing_release_pairs')).toBeGreaterThan(0);
    expect(value('requests_with_eligible_stream')).toBeLessThan(1);
  });
});
