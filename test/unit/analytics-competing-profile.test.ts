import { describe, expect, it } from 'vitest';
import { readApplicants, compareApplicants } from '../../server/analytics/competing-releases/applicant-types.js';
import { thresholds } from '../../server/analytics/competing-releases/classify.js';
import { PairClassifier } from '../../server/analytics/competing-releases/pair-classifier.js';
import { findProfileCandidates } from '../../server/analytics/competing-releases/profile-candidates.js';
import {
  compareProfiles,
  readProgramProfile,
  type ProfileInput,
} from '../../server/analytics/competing-releases/program-profile.js';
import { dayNumber } from '../../server/analytics/shared/release-windows.js';
import { createRandom } from '../../seed/synthetic/random.js';

// The third way a pair is found (issue #9): no mapped objective in common and little shared wording, but one
// program profile (one department, the same applicants, instrument and funding) from the portals' structured fields.

describe('program profile from the importers notes', () => {
  it('reads the PA funding source and type, and the CA funding method', () => {
    expect(
      readProgramProfile(
        'Status: Open. Funding source: Commonwealth Financing Authority (CFA). Funding type: Grant. Grant cycle: Annual.',
      ),
    ).toEqual({ fundingSource: 'Commonwealth Financing Authority (CFA)', fundingType: 'grant' });
    expect(readProgramProfile('Funding source: Private Financing. Funding type: Loan program.')).toEqual({
      fundingSource: 'Private Financing',
      fundingType: 'loan',
    });
    expect(readProgramProfile('Type: Grant. Funding source: State. Funding method: Reimbursement(s).')).toEqual({
      fundingSource: 'State',
      fundingType: 'grant',
    });
    // "Grant; loan" says either; a tax refund is a tax credit; no notes say nothing.
    expect(readProgramProfile('Funding type: Grant; loan.').fundingType).toBeNull();
    expect(readProgramProfile('Funding type: Grant; tax refund.').fundingType).toBe('tax credit');
    expect(readProgramProfile(null)).toEqual({ fundingSource: null, fundingType: null });
  });
});

const input = (
  overrides: Partial<ProfileInput> = {},
  applicants: [string[], string[]] = [['Municipality'], ['Township']],
) => {
  const applicantsA = readApplicants(applicants[0]);
  const applicantsB = readApplicants(applicants[1]);
  return {
    sameDepartment: true,
    applicants: compareApplicants(applicantsA, applicantsB),
    applicantsA,
    applicantsB,
    instruments: ['grant or loan', 'grant or loan'] as ProfileInput['instruments'],
    profiles: [
      { fundingSource: 'CFA', fundingType: 'grant' },
      { fundingSource: 'CFA', fundingType: 'grant' },
    ] as ProfileInput['profiles'],
    activitiesDiffer: false,
    sameKindOfProject: true,
    ...overrides,
  };
};

describe('one program profile', () => {
  it('one department, the same applicant class, instrument, funding type and source', () => {
    expect(compareProfiles(input())).toEqual({ same: true, fundingSource: 'CFA' });
  });

  it('a funding source or type one release does not give never separates', () => {
    const profiles: ProfileInput['profiles'] = [
      { fundingSource: null, fundingType: 'grant' },
      { fundingSource: 'CFA', fundingType: null },
    ];
    expect(compareProfiles(input({ profiles }))).toEqual({ same: true, fundingSource: null });
  });

  it('is not one profile across departments, applicants, instruments, funding or activities', () => {
    expect(compareProfiles(input({ sameDepartment: false })).same).toBe(false);
    expect(compareProfiles(input({}, [['Municipality'], ['Business']])).same).toBe(false);
    expect(compareProfiles(input({ instruments: ['tax credit', 'tax credit'] })).same).toBe(false);
    expect(compareProfiles(input({ activitiesDiffer: true })).same).toBe(false);
    // One department's programs share its boilerplate: without a title word or a kind of activity in common,
    // wording is not enough (flood mitigation against sewage facilities, both CFA grants to municipalities).
    expect(compareProfiles(input({ sameKindOfProject: false })).same).toBe(false);
    const otherSource: ProfileInput['profiles'] = [
      { fundingSource: 'Private Financing', fundingType: 'loan' },
      { fundingSource: 'State', fundingType: 'loan' },
    ];
    expect(compareProfiles(input({ profiles: otherSource })).same).toBe(false);
    const grantAndLoan: ProfileInput['profiles'] = [
      { fundingSource: 'CFA', fundingType: 'grant' },
      { fundingSource: 'CFA', fundingType: 'loan' },
    ];
    expect(compareProfiles(input({ profiles: grantAndLoan })).same).toBe(false);
  });
});

// A conservancy's two bond rounds for the same restoration projects (Prop 1 against Prop 68: the mapping gave
// them different objectives), and a department's two municipal planning programs of one profile whose only
// shared objective is broad; other releases give the texts' words their weight.
const conservancy =
  'Restoration of watershed and river habitat in the mountains zone by local agencies and nonprofits.';
const releases = [
  {
    id: 'bond-1',
    title: 'Water Bond Conservancy Grant Program',
    description: `${conservancy} Water quality projects.`,
    applicants: ['Nonprofit', 'Public Agency'],
    notes: 'Funding source: State. Funding method: Reimbursement(s).',
    objective_ids: ['water-quality'],
    department_id: 'conservancy',
  },
  {
    id: 'bond-68',
    title: 'Parks Bond Conservancy Grant Program - River',
    description: `${conservancy} River parkway projects.`,
    applicants: ['Nonprofit', 'Public Agency'],
    notes: 'Funding source: State. Funding method: Reimbursement(s).',
    objective_ids: ['river-parkways'],
    department_id: 'conservancy',
  },
  {
    id: 'bond-elsewhere',
    title: 'Parks Bond Grant Program - River',
    description: `${conservancy} River parkway projects.`,
    applicants: ['Nonprofit', 'Public Agency'],
    notes: 'Funding source: State. Funding method: Reimbursement(s).',
    objective_ids: ['river-parkways-2'],
    department_id: 'wildlife-board',
  },
  {
    id: 'recovery-plans',
    title: 'Distressed Municipalities Recovery',
    description: 'A recovery coordinator and recovery plan for each distressed municipality.',
    applicants: ['Municipality'],
    notes: 'Funding source: State. Funding type: Grant.',
    objective_ids: ['broad'],
    department_id: 'community',
  },
  {
    id: 'management-plans',
    title: 'Strategic Management Planning',
    description:
      'Five-year financial management plans, budget forecasts, debt and pension reviews and capital plans for distressed townships and boroughs.',
    applicants: ['Municipality'],
    notes: 'Funding source: State. Funding type: Grant.',
    objective_ids: ['broad'],
    department_id: 'community',
  },
  ...['Tourism marketing', 'Mural arts', 'Broadband', 'Farm loans', 'School safety', 'Trails'].map((title, index) => ({
    id: `other-${index}`,
    title,
    description: `${title} for communities across the state.`,
    applicants: ['Nonprofit'],
    notes: null,
    objective_ids: ['broad'],
    department_id: 'other',
  })),
];
const frequencies = { releases: 60, targeting: new Map([['broad', 40]]) };
const classifier = new PairClassifier(releases, frequencies, (id) => ({ id, name: `Objective ${id}` }));
const byId = new Map(releases.map((release) => [release.id, release]));
const pair = (a: string, b: string) => [byId.get(a)!, byId.get(b)!] as const;

describe('pairs found by their program profile', () => {
  it('two rounds of one conservancy for the same projects, with no objective in common, are found and compete', () => {
    const [a, b] = pair('bond-1', 'bond-68');
    expect(classifier.matchesByProfile(a, b)).toBe(true);
    const found = classifier.classify(a, b, 'profile');
    expect(found.wording).toBeGreaterThanOrEqual(thresholds.sameWording);
    expect(found.level).toBe('competing');
    const reasons = classifier.reasons(a, b, found, {
      sharedObjectives: [],
      sameDepartment: true,
      department: 'The Conservancy',
      overlapDays: 60,
    });
    expect(reasons).toContainEqual({
      kind: 'objectives',
      sense: 'separates',
      text: 'No mapped objective in common: found by their program profile.',
    });
    expect(reasons).toContainEqual({
      kind: 'department',
      sense: 'shares',
      text: 'One program profile: both are The Conservancy grants or loans for nonprofit and government, funded from State.',
    });
  });

  it('the same texts in two departments are not one profile', () => {
    const [a, b] = pair('bond-68', 'bond-elsewhere');
    expect(classifier.matchesByProfile(a, b)).toBe(false);
  });

  it('a pair sharing only a broad objective is lifted from incidental to similar by one profile', () => {
    const [a, b] = pair('management-plans', 'recovery-plans');
    const wording = classifier.text.similarity(a.id, b.id);
    expect(wording).toBeGreaterThanOrEqual(thresholds.profileWording);
    expect(wording).toBeLessThan(thresholds.similarWording);
    expect(classifier.classify(a, b, 'objectives').level).toBe('similar');
    // The same pair in two departments shares only the broad objective: incidental.
    expect(classifier.classify(a, { ...b, department_id: 'elsewhere' }, 'objectives').level).toBe('incidental');
  });

  it('found by profile without a shared title word, the pair is similar, not competing', () => {
    const [a, b] = pair('management-plans', 'recovery-plans');
    expect(classifier.classify(a, b, 'profile').level).toBe('similar');
  });
});

type Release = {
  id: string;
  open_day: number;
  close_day: number;
  objective_ids: string[];
  sector_ids: string[];
  region_ids: string[];
  anchor: boolean;
  department_id: string;
};

describe('profile candidates sweep', () => {
  it('asks every pair of one department open together with no shared objective, and no other, on random maps', () => {
    const random = createRandom(9);
    for (let map = 0; map < 20; map += 1) {
      const list: Release[] = Array.from({ length: 40 }, (_, index) => {
        const opens = dayNumber('2025-01-01') + random.int(0, 300);
        return {
          id: `r${String(index).padStart(2, '0')}`,
          open_day: opens,
          close_day: opens + random.int(0, 90),
          objective_ids: [`o${random.int(0, 5)}`],
          sector_ids: random.int(0, 3) === 0 ? ['mfg'] : [],
          region_ids: random.int(0, 3) === 0 ? [random.pick(['north', 'south'])] : [],
          anchor: random.int(0, 4) !== 0,
          department_id: random.pick(['d1', 'd2', 'd3']),
        };
      });
      const expected: string[] = [];
      for (const a of list)
        for (const b of list) {
          if (a.id >= b.id || a.department_id !== b.department_id || (!a.anchor && !b.anchor)) continue;
          if (Math.min(a.close_day, b.close_day) < Math.max(a.open_day, b.open_day)) continue;
          if (a.objective_ids.some((id) => b.objective_ids.includes(id))) continue;
          const meets = (x: string[], y: string[]) => x.length === 0 || y.length === 0 || x.some((v) => y.includes(v));
          if (!meets(a.sector_ids, b.sector_ids) || !meets(a.region_ids, b.region_ids)) continue;
          expected.push(`${a.id}+${b.id}`);
        }
      const asked: string[] = [];
      findProfileCandidates(
        list,
        () => true,
        (a, b) => asked.push(`${a.id}+${b.id}`),
      );
      expect(asked.sort()).toEqual(expected.sort());
    }
  });
});
