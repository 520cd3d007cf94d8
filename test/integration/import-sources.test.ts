import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CompetingReleasesResponse } from '../../server/contract/analytics/competing-releases.js';
import { multipart } from '../helpers/fixtures.js';
import { buildTestApp, resetDatabase } from '../helpers/test-app.js';

// The real public files (seed/real, copies of the published files), uploaded as a user would, through /api/import?source=.
const realData = resolve(import.meta.dirname, '..', '..', 'seed', 'real');
const realFile = (name: string) => ({ name, content: readFileSync(resolve(realData, name)) });

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildTestApp();
});
afterAll(async () => app.close());
beforeEach(resetDatabase);

const upload = (query: string, names: string[]) =>
  app.inject({ method: 'POST', url: `/api/import?${query}`, ...multipart(names.map(realFile)) });
const get = async (url: string) => (await app.inject({ method: 'GET', url })).json();

describe('importing public sources', () => {
  it('reads the Pennsylvania portal: every record accounted for, unknown amounts blank, the PAsmart pair in place', async () => {
    const response = await upload('source=pa-portal', ['pa-grants-portal-2025.json']);
    expect(response.statusCode).toBe(200);
    const report = response.json();
    expect(report.source.counts).toMatchObject({ read: 322, imported: 314, skipped: 8, unmapped: 0 });
    expect(report.source.skipped).toHaveLength(8);
    expect(report.tables.releases.created).toBe(314);
    const releases = (await get('/api/releases?limit=5000')).items as Array<Record<string, unknown>>;
    expect(releases).toHaveLength(314);
    expect(releases.filter((release) => release.amount !== undefined).length).toBe(123);
    expect(
      releases.every((release) => typeof release.source_url === 'string' && typeof release.as_of === 'string'),
    ).toBe(true);
    const registered = await get('/api/releases/pa-dli3');
    const pre = await get('/api/releases/pa-dli4');
    expect(registered.objective_ids).toContain('registered-apprenticeship');
    expect(pre.objective_ids).toEqual(expect.arrayContaining(['pre-apprenticeship', 'registered-apprenticeship']));
    expect(registered.opens <= pre.closes && pre.opens <= registered.closes).toBe(true);
    expect(registered.agency_id).toBe(pre.agency_id);
  });

  it('finds the real competing PAsmart pair with the competing-releases analytic', async () => {
    expect((await upload('source=pa-portal', ['pa-grants-portal-2025.json'])).statusCode).toBe(200);
    const body = await get(
      '/api/analytics/competing-releases?fiscal_year=all&from=2024-06-01&to=2024-07-31&limit=5000',
    );
    const pair = (body as CompetingReleasesResponse).pairs.find(
      (candidate) => [candidate.a.id, candidate.b.id].sort().join(' ') === 'pa-dli3 pa-dli4',
    );
    // Registered apprenticeship (opens 2024-05-31, closes 2024-07-12) and pre-apprenticeship (2024-06-20 to
    // 2024-07-22), both Labor & Industry: open together from June 20 to July 12, 23 days inclusive.
    expect(pair).toMatchObject({ same_department: true, overlap_days: 23 });
    expect(pair?.shared_objectives.map((objective) => objective.id)).toContain('registered-apprenticeship');
  });

  it('keeps a state’s own objective when the mapping brings one of the same id, and re-imports as a no-op', async () => {
    await app.inject({
      method: 'POST',
      url: '/api/objectives',
      payload: { id: 'registered-apprenticeship', name: 'Our apprenticeship goal' },
    });
    expect((await upload('source=pa-portal', ['pa-grants-portal-2025.json'])).statusCode).toBe(200);
    expect((await get('/api/objectives/registered-apprenticeship')).name).toBe('Our apprenticeship goal');
    const again = (await upload('source=pa-portal', ['pa-grants-portal-2025.json'])).json();
    expect(again.tables.releases).toEqual({ created: 0, updated: 0, unchanged: 314, deleted: 0 });
  });

  it('stores who a release serves where the portal states it, keeping a state’s own name for a group', async () => {
    await app.inject({ method: 'POST', url: '/api/beneficiaries', payload: { id: 'veterans', name: 'Our veterans' } });
    expect((await upload('source=pa-portal', ['pa-grants-portal-2025.json'])).statusCode).toBe(200);
    expect((await get('/api/releases/pa-dli9')).beneficiary_ids).toEqual(['veterans']);
    expect((await get('/api/releases/pa-dli19')).beneficiary_ids).toEqual(['reentry']);
    expect((await get('/api/releases/pa-pda1')).beneficiary_ids ?? []).toEqual([]);
    expect((await get('/api/beneficiaries/veterans')).name).toBe('Our veterans');
    expect((await get('/api/beneficiaries/reentry')).name).toBe('People leaving incarceration');
  });

  it('brings in only the FPI categories asked for, as federal streams', async () => {
    const files = [
      'fpi-programs-2023.csv',
      'fpi-program-obligations-2023.csv',
      'fpi-program-categories-2023.csv',
      'fpi-program-applicant-types-2023.csv',
    ];
    const response = await upload(`source=fpi&categories=${encodeURIComponent('Training')}`, files);
    expect(response.statusCode).toBe(200);
    const { source, tables } = response.json();
    expect(source.counts.read).toBe(2376);
    expect(source.counts.excluded).toBeGreaterThan(1500);
    expect(tables.funding_streams.created).toBe(source.counts.imported);
    const streams = (await get('/api/funding-streams?limit=5000')).items as Array<Record<string, unknown>>;
    expect(
      streams.every((stream) => stream.source === 'federal' && typeof stream.assistance_listing === 'string'),
    ).toBe(true);
    expect(streams.map((stream) => stream.assistance_listing)).toContain('17.258');
  });

  it('refuses bad options with a plain 400 and writes nothing', async () => {
    const response = await upload('source=fpi', ['fpi-programs-2023.csv']);
    expect(response.statusCode).toBe(400);
    expect(response.json().detail, response.body).toMatch(/categories/);
    expect((await get('/api/agencies')).total).toBe(0);
  });
});
