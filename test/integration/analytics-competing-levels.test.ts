import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CompetingReleasesResponse } from '../../server/contract/analytics/competing-releases.js';
import { agency, getJson, loadGraph, objectives, release } from '../fixtures/analytics/graph.js';
import { buildTestApp, resetDatabase } from '../helpers/test-app.js';

// Levels through the API (issue #9), on releases with descriptions as the portals publish them. All open in
// FY2025 (July 2024 to June 2025); dced has divisions dced-a and dced-b, dep is another department.
//   grant + loan   dced-a / dced-b  same site projects, same applicants              -> competing, one department
//   it + health    dced-a           two sector tracks of one apprenticeship program   -> similar, one department
//   mural + facade dced-a / dep     only the broad objective, nothing else in common  -> incidental
//   plug + methane dced-b / dep     no objective in common, the same well plugging     -> competing, found by wording
// The grant and the loan are open from September to December 2024, the first half of FY2025 (the fiscal year's
// span once left July-December out, and with it this pair).
let app: FastifyInstance;
const description = {
  sites: 'Redevelop shovel-ready industrial sites: environmental assessment, demolition and infrastructure.',
  apprentices: 'Employers build registered apprenticeship and pre-apprenticeship programs for the sector.',
  wells: 'Plug orphan and abandoned oil and gas wells that leak methane.',
};
beforeAll(async () => {
  app = await buildTestApp();
  await resetDatabase();
  await loadGraph(app, {
    agencies: [agency('dced'), agency('dced-a', 'dced'), agency('dced-b', 'dced'), agency('dep')],
    objectives: objectives('broad', 'sites', 'apprenticeship', 'remediation', 'emissions'),
    releases: [
      release('grant', 'dced-a', '2024-09-01', '2024-11-30', ['sites', 'broad'], {
        title: 'Business Sites - Project Grants',
        description: description.sites,
        eligible_applicants: ['Municipality', 'Business'],
      }),
      release('loan', 'dced-b', '2024-10-01', '2024-12-31', ['sites', 'broad'], {
        title: 'Business Sites - Project Loans',
        description: `Low-interest loans. ${description.sites}`,
        eligible_applicants: ['Municipality', 'Business'],
      }),
      release('it', 'dced-a', '2025-01-01', '2025-03-31', ['apprenticeship'], {
        title: 'Supporting the IT Sector through Apprenticeships',
        description: description.apprentices,
        eligible_applicants: ['Business'],
      }),
      release('health', 'dced-a', '2025-01-01', '2025-03-31', ['apprenticeship'], {
        title: 'Supporting the Healthcare Sector through Apprenticeships',
        description: description.apprentices,
        eligible_applicants: ['Business'],
      }),
      release('mural', 'dced-a', '2025-01-01', '2025-03-31', ['broad'], {
        title: 'Community Mural Arts',
        description: 'Artists paint murals on public walls with local youth.',
        eligible_applicants: ['Nonprofit'],
      }),
      release('facade', 'dep', '2025-01-01', '2025-03-31', ['broad'], {
        title: 'Main Street Facades',
        description: 'Storefront facade improvements for downtown commercial districts.',
        eligible_applicants: ['Nonprofit'],
      }),
      release('plug', 'dced-b', '2025-02-01', '2025-05-31', ['remediation'], {
        title: 'Orphan Well Plugging Grants',
        description: description.wells,
        eligible_applicants: ['Business'],
      }),
      release('methane', 'dep', '2025-02-01', '2025-05-31', ['emissions'], {
        title: 'Methane Reduction from Abandoned Wells',
        description: `Measure the methane, then ${description.wells.toLowerCase()}`,
        eligible_applicants: ['Business'],
      }),
    ],
  });
});
afterAll(async () => app.close());

const competing = (query = '') =>
  getJson<CompetingReleasesResponse>(app, `/api/analytics/competing-releases?fiscal_year=2025${query}`);
const levels = (body: CompetingReleasesResponse) =>
  Object.fromEntries(body.pairs.map((pair) => [`${pair.a.id}+${pair.b.id}`, pair.level]));

describe('competing-releases levels', () => {
  it('classifies every candidate and lists competing and similar by default, competing first', async () => {
    const all = await competing('&level=all');
    expect(levels(all)).toMatchObject({
      'grant+loan': 'competing',
      'health+it': 'similar',
      'methane+plug': 'competing',
    });
    expect(Object.values(levels(all)).filter((level) => level === 'incidental').length).toBeGreaterThan(0);
    expect(all.counts.incidental).toBe(all.total - all.counts.competing - all.counts.similar);
    const shown = await competing();
    expect(shown.filters.levels).toEqual(['competing', 'similar']);
    expect(shown.pairs.map((pair) => pair.level)).not.toContain('incidental');
    expect(shown.total).toBe(all.counts.competing + all.counts.similar);
    expect(shown.pairs[0]?.level).toBe('competing');
    const only = await competing('&level=incidental');
    expect(only.pairs.every((pair) => pair.level === 'incidental')).toBe(true);
  });

  it('says why, in words, and marks pairs found by wording', async () => {
    const all = await competing('&level=all');
    const grant = all.pairs.find((pair) => pair.a.id === 'grant' && pair.b.id === 'loan');
    expect(grant?.found_by).toBe('objectives');
    expect(grant?.reasons.map((reason) => reason.text)).toEqual(
      expect.arrayContaining([
        'Both open to business and government.',
        'Both issued within Agency dced: one department can coordinate them.',
      ]),
    );
    const wells = all.pairs.find((pair) => pair.a.id === 'methane' && pair.b.id === 'plug');
    expect(wells).toMatchObject({ found_by: 'wording', shared_objectives: [] });
    expect(wells?.reasons[0]).toEqual({
      kind: 'objectives',
      sense: 'separates',
      text: 'No mapped objective in common: found by their wording.',
    });
  });

  it('does not rank releases of one department down, and filters by it', async () => {
    const within = await competing('&level=all&same_department=true');
    expect(within.pairs.length).toBeGreaterThan(0);
    expect(within.pairs.every((pair) => pair.same_department)).toBe(true);
    const grant = within.pairs.find((pair) => pair.a.id === 'grant');
    expect(grant?.severity).toBe(grant?.overlap_share);
    const across = await competing('&level=all&same_department=false');
    expect(across.pairs.every((pair) => !pair.same_department)).toBe(true);
    expect(within.total + across.total).toBe((await competing('&level=all')).total);
  });

  it('lists a release that opens in the first half of its fiscal year (July to December)', async () => {
    const body = await competing();
    expect(body.pairs.map((pair) => `${pair.a.id}+${pair.b.id}`)).toContain('grant+loan');
  });

  it('refuses an unknown level with a 400 naming the parameter', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/analytics/competing-releases?level=urgent' });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('level');
  });
});
