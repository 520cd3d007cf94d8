import { describe, expect, it } from 'vitest';
import { PairClassifier } from '../../server/analytics/competing-releases/pair-classifier.js';
import { objectiveSpecificity } from '../../server/analytics/competing-releases/specificity.js';
import { findWordingCandidates } from '../../server/analytics/competing-releases/wording-candidates.js';
import { withDays } from '../../server/analytics/competing-releases/pair.js';

// Clear cases of the three levels (issue #9), on a small hand-made map whose texts read like the portals'.
// Objectives: `broad` is targeted by most releases (a portal category's catch-all), the others by few.
const releases = [
  {
    id: 'sites-grant',
    title: 'Business Sites Program - Project Grants',
    description:
      'Grants to redevelop shovel-ready industrial sites: environmental assessment, demolition and infrastructure so businesses can locate there.',
    applicants: ['Municipality', 'Business'],
    objective_ids: ['site-development', 'broad'],
  },
  {
    id: 'sites-loan',
    title: 'Business Sites Program - Project Loans',
    description:
      'Low-interest loans to redevelop shovel-ready industrial sites: environmental assessment, demolition and infrastructure so businesses can locate there.',
    applicants: ['Municipality', 'Business'],
    objective_ids: ['site-development', 'broad'],
  },
  {
    id: 'it-apprentices',
    title: 'Supporting IT Sector through Apprenticeships',
    description:
      'Employers and intermediaries build registered apprenticeship and pre-apprenticeship programs for occupations in the sector.',
    applicants: ['Business', 'Nonprofit'],
    objective_ids: ['registered-apprenticeship'],
  },
  {
    id: 'healthcare-apprentices',
    title: 'Supporting Healthcare Sector through Apprenticeships',
    description:
      'Employers and intermediaries build registered apprenticeship and pre-apprenticeship programs for occupations in the sector.',
    applicants: ['Business', 'Nonprofit'],
    objective_ids: ['registered-apprenticeship'],
  },
  {
    id: 'mural-arts',
    title: 'Community Mural Arts',
    description: 'Artists and neighborhood groups paint murals on public walls with local youth.',
    applicants: ['Nonprofit'],
    objective_ids: ['broad'],
  },
  {
    id: 'main-street',
    title: 'Main Street Facades',
    description: 'Storefront facade improvements for downtown commercial districts.',
    applicants: ['Nonprofit', 'Municipality'],
    objective_ids: ['broad'],
  },
  {
    id: 'ev-rebate',
    title: 'Alternative Fuel Vehicle Rebate',
    description: 'Residents receive a rebate for buying an electric or hydrogen vehicle.',
    applicants: ['Individual'],
    objective_ids: ['electric-vehicles', 'broad'],
  },
  {
    id: 'ev-charging',
    title: 'Electric Vehicle Charging Rebate',
    description: 'Residents receive a rebate for buying an electric or hydrogen vehicle charger at home.',
    applicants: ['Business'],
    objective_ids: ['electric-vehicles', 'broad'],
  },
  {
    id: 'well-plugging',
    title: 'Orphan Well Plugging Grants',
    description: 'Grants to plug orphan and abandoned oil and gas wells that leak methane.',
    applicants: ['Business'],
    objective_ids: ['environmental-remediation'],
  },
  {
    id: 'well-methane',
    title: 'Methane Reduction from Abandoned Wells',
    description: 'Plug abandoned oil and gas wells and measure the methane they leak.',
    applicants: ['Business'],
    objective_ids: ['emissions-reduction'],
  },
  {
    id: 'title-only-a',
    title: 'Talent Fund Employer Training Grants',
    description: null,
    applicants: ['employer'],
    objective_ids: ['broad'],
  },
  {
    id: 'title-only-b',
    title: 'Skills Investment Grants',
    description: null,
    applicants: ['employer consortium'],
    objective_ids: ['broad'],
  },
];

const targeting = new Map<string, number>();
for (const release of releases) for (const id of release.objective_ids) targeting.set(id, (targeting.get(id) ?? 0) + 1);
const frequencies = { releases: releases.length, targeting };
const classifier = new PairClassifier(releases, frequencies, (id) => ({ id, name: `Objective ${id}` }));
const byId = new Map(releases.map((release) => [release.id, release]));
const classify = (a: string, b: string) => classifier.classify(byId.get(a)!, byId.get(b)!, 'objectives');
const reasons = (a: string, b: string) =>
  classifier
    .reasons(byId.get(a)!, byId.get(b)!, classify(a, b), {
      sharedObjectives: byId.get(a)!.objective_ids.filter((id) => byId.get(b)!.objective_ids.includes(id)),
      sameDepartment: true,
      department: 'Community and Economic Development',
      overlapDays: 30,
    })
    .map((reason) => `${reason.sense === 'shares' ? '+' : '-'} ${reason.text}`);

describe('competing-releases levels', () => {
  it('a grant and a loan for the same projects and applicants compete', () => {
    expect(classify('sites-grant', 'sites-loan').level).toBe('competing');
    expect(reasons('sites-grant', 'sites-loan')).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^\+ Both target Objective site-development \(2 of 12 releases\)/),
        expect.stringMatching(/^\+ Their titles and descriptions say the same thing/),
        '+ Both open to business and government.',
        '+ Both issued within Community and Economic Development: one department can coordinate them.',
      ]),
    );
  });

  it('two tracks of one program (IT against healthcare) are similar, and the reasons say what separates them', () => {
    expect(classify('it-apprentices', 'healthcare-apprentices').level).toBe('similar');
    expect(reasons('it-apprentices', 'healthcare-apprentices')).toContain(
      '- Two tracks of one program: IT against healthcare.',
    );
  });

  it('the same kind of rebate for different applicants (residents against businesses) is similar', () => {
    const found = classify('ev-rebate', 'ev-charging');
    expect(found.level).toBe('similar');
    expect(reasons('ev-rebate', 'ev-charging')).toContain('- Different applicants: individual against business.');
  });

  it('releases that share only a broad objective and little wording are incidental', () => {
    expect(objectiveSpecificity(frequencies, 'broad')).toBeLessThan(
      objectiveSpecificity(frequencies, 'site-development'),
    );
    expect(classify('mural-arts', 'main-street').level).toBe('incidental');
    expect(reasons('mural-arts', 'main-street')).toContainEqual(
      expect.stringMatching(/^- Their titles and descriptions have/),
    );
  });

  it('without descriptions the mapping decides, as before: a shared objective competes', () => {
    expect(classify('title-only-a', 'title-only-b').level).toBe('competing');
    expect(reasons('title-only-a', 'title-only-b')).toContain(
      '+ No description on both releases to compare: judged on the objectives, applicants and titles they share.',
    );
  });

  it('finds releases that share no objective but whose wording says the same thing', () => {
    const window = { opens: '2025-01-01', closes: '2025-03-31' };
    const candidates = releases.map((release) => ({
      ...withDays({ ...release, ...window }),
      sector_ids: [],
      region_ids: [],
      anchor: true,
    }));
    const found: string[] = [];
    findWordingCandidates(candidates, classifier.text, 0.33, (a, b) => found.push(`${a.id}+${b.id}`));
    expect(found).toContain('well-methane+well-plugging');
    expect(found).not.toContain('sites-grant+sites-loan');
    expect(classifier.classify(byId.get('well-methane')!, byId.get('well-plugging')!, 'wording').found_by).toBe(
      'wording',
    );
  });
});
