import { describe, expect, it } from 'vitest';
import { importCaPortal } from '../../server/sources/ca-portal.js';
import { importFpi } from '../../server/sources/fpi.js';
import { importPaPortal } from '../../server/sources/pa-portal.js';
import { statedBeneficiaries } from '../../server/sources/stated-beneficiaries.js';
import { bundleProblems, realFile, seedMapping } from './sources-bundle-checks.js';

// Who a program serves, from the fields where a real source states it, and blank (not known) everywhere else.

const mapping = seedMapping();
const pa = importPaPortal({ files: [realFile('pa-grants-portal-2025.json')], mapping });
const ca = importCaPortal({ files: [realFile('ca-grants-portal-2025-06.json')], mapping });
const fpi = importFpi({
  files: [
    'fpi-programs-2023.csv',
    'fpi-program-obligations-2023.csv',
    'fpi-program-categories-2023.csv',
    'fpi-program-applicant-types-2023.csv',
  ].map(realFile),
  mapping,
  options: { categories: 'Training;Employment/Labor/Management;Economic Development' },
});
const paRelease = (id: string) => pa.bundle.releases.find((row) => row.id === id);
const fpiStream = (listing: string) => fpi.bundle.funding_streams.find((row) => row.assistance_listing === listing);

describe('stated beneficiaries', () => {
  it('reads a population field whole, and an applicant type only for a group of people', () => {
    expect(statedBeneficiaries({ population: ['Veterans', 'Reentrants'] })).toEqual(['veterans', 'reentry']);
    expect(statedBeneficiaries({ population: ['Students (grades 9 - 12) and "adult learners"'] })).toEqual([
      'secondary-students',
    ]);
    expect(statedBeneficiaries({ population: ['Businesses and employees'] })).toEqual([
      'incumbent-workers',
      'employers',
    ]);
    expect(statedBeneficiaries({ applicants: ['Veterans', 'Nonprofit'] })).toEqual(['veterans']);
  });

  it('counts businesses as served only when every applicant type is a business', () => {
    expect(statedBeneficiaries({ applicants: ['Small business (less than 500 employees)'] })).toEqual(['employers']);
    expect(statedBeneficiaries({ applicants: ['Business', 'For-Profit Organization'] })).toEqual(['employers']);
    expect(statedBeneficiaries({ applicants: ['Business', 'Municipality', 'Nonprofit'] })).toEqual([]);
    // A non-profit organization and a not-for-profit are not businesses.
    expect(statedBeneficiaries({ applicants: ['Non-profit organizations'] })).toEqual([]);
    expect(statedBeneficiaries({ applicants: ['Not-for-profit entities'] })).toEqual([]);
  });

  it('leaves blank what no field states, and never reads examples as stated', () => {
    expect(statedBeneficiaries({})).toEqual([]);
    expect(statedBeneficiaries({ population: [''], applicants: ['Individual/Family', 'Students'] })).toEqual([]);
    expect(
      statedBeneficiaries({ applicants: ['Specialized group (e.g. health professionals, students, veterans)'] }),
    ).toEqual([]);
    expect(statedBeneficiaries({ population: ['Volunteer and career fire companies'] })).toEqual([]);
  });
});

describe('real imports fill beneficiaries where the source states them', () => {
  it('Pennsylvania: from the population served and the applicant fields', () => {
    expect(paRelease('pa-dli9')?.beneficiary_ids).toEqual(['veterans']); // "Veterans"
    expect(paRelease('pa-dli19')?.beneficiary_ids).toEqual(['reentry']); // "Reentrants"
    expect(paRelease('pa-dli15')?.beneficiary_ids).toEqual(['secondary-students']); // grades 9 - 12
    expect(paRelease('pa-dli8')?.beneficiary_ids).toEqual(['incumbent-workers', 'employers']);
    // The 4-H reimbursement states neither who is served nor who applies: blank, not a guess.
    expect(paRelease('pa-pda1')?.beneficiary_ids).toEqual([]);
  });

  it('California: only the business-only grants name whom they serve', () => {
    const served = ca.bundle.releases.filter((row) => row.beneficiary_ids.length > 0);
    expect(served.map((row) => [row.id, row.eligible_applicants, row.beneficiary_ids])).toEqual(
      served.map((row) => [row.id, ['Business'], ['employers']]),
    );
    expect(served.length).toBeGreaterThan(0);
  });

  it('FPI: from the applicant types; WIOA Adult, whose applicants are governments, stays blank', () => {
    expect(fpiStream('59.041')?.beneficiary_ids).toEqual(['employers']); // Small business (less than 500 employees)
    expect(fpiStream('17.258')?.eligible_applicants.length).toBeGreaterThan(0);
    expect(fpiStream('17.258')?.beneficiary_ids).toEqual([]);
  });

  it('leaves every activity blank: no source states what the money buys in a field of its own', () => {
    const rows = [...pa.bundle.releases, ...ca.bundle.releases, ...fpi.bundle.funding_streams];
    expect(rows.filter((row) => row.activity_ids.length > 0)).toEqual([]);
  });

  it('brings the groups it names into the bundle, so every reference resolves', () => {
    for (const { bundle } of [pa, ca, fpi]) {
      expect(bundleProblems(bundle)).toEqual([]);
      const named = new Set([...bundle.funding_streams, ...bundle.releases].flatMap((row) => row.beneficiary_ids));
      expect(bundle.beneficiaries.map((group) => group.id).sort()).toEqual([...named].sort());
    }
    expect(pa.bundle.beneficiaries.find((group) => group.id === 'veterans')).toEqual({
      id: 'veterans',
      name: 'Veterans',
    });
  });
});
