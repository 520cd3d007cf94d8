import type { Beneficiary } from './entities.js';

// The groups of people Braid names out of the box: the demo map serves them, and the importers give a program
// the group its source states (server/sources/stated-beneficiaries.ts). A state may add or rename its own.
export const beneficiaryGroups: readonly Beneficiary[] = [
  { id: 'youth', name: 'Youth (ages 14-24)' },
  { id: 'adults', name: 'Adults' },
  { id: 'dislocated-workers', name: 'Dislocated workers' },
  { id: 'incumbent-workers', name: 'Incumbent workers' },
  { id: 'employers', name: 'Employers' },
  { id: 'low-income', name: 'Low-income people' },
  { id: 'public-assistance', name: 'Public assistance recipients (SNAP, TANF)' },
  { id: 'veterans', name: 'Veterans' },
  { id: 'people-with-disabilities', name: 'People with disabilities' },
  { id: 'english-learners', name: 'English learners' },
  { id: 'reentry', name: 'People leaving incarceration' },
  { id: 'secondary-students', name: 'Secondary students' },
  { id: 'postsecondary-students', name: 'Postsecondary students' },
  { id: 'job-seekers', name: 'All job seekers' },
  { id: 'child-care-workforce', name: 'Child care providers and their staff' },
  { id: 'distressed-communities', name: 'Economically distressed communities' },
];
