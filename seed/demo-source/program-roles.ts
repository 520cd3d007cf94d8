import { beneficiaryGroups } from '../../server/domain/beneficiary-groups.js';
import type { ProgramSeed } from './program.js';

// Who each demo program serves (beneficiaries) and what its money buys (activities). Federal programs follow the
// statute or program rule linked in `source`; Lakeland's own programs follow the real program they are modelled
// on (named in their notes) and say so. Streams, allotments, allocations and releases of a program share its roles.

export interface TermSeed {
  id: string;
  name: string;
}

export const beneficiaries = beneficiaryGroups;

export const activities: readonly TermSeed[] = [
  { id: 'training', name: 'Training' },
  { id: 'work-based-learning', name: 'Work-based learning' },
  { id: 'career-services', name: 'Career services' },
  { id: 'supportive-services', name: 'Supportive services' },
  { id: 'business-services', name: 'Business services' },
  { id: 'education', name: 'Education and instruction' },
  { id: 'tuition-aid', name: 'Tuition and financial aid' },
  { id: 'capital-equipment', name: 'Capital and equipment' },
  { id: 'infrastructure', name: 'Infrastructure' },
  { id: 'planning-capacity', name: 'Planning and capacity' },
];

export interface ProgramRoles {
  beneficiaryIds: string[];
  activityIds: string[];
  /** The rule the roles come from: a statute, regulation or program page. */
  source: string;
}

const roles = (beneficiaryIds: string[], activityIds: string[], source: string): ProgramRoles => ({
  beneficiaryIds,
  activityIds,
  source,
});

const usc = (title: number, section: string) => `https://www.law.cornell.edu/uscode/text/${title}/${section}`;
const modelled = 'illustrative, as the program it is modelled on (see notes)';

export const programRoles: Readonly<Record<string, ProgramRoles>> = {
  'wioa-adult': roles(
    ['adults', 'low-income', 'incumbent-workers'],
    ['career-services', 'training', 'supportive-services'],
    usc(29, '3174'),
  ),
  'wioa-youth': roles(
    ['youth', 'low-income'],
    ['work-based-learning', 'training', 'career-services', 'supportive-services'],
    usc(29, '3164'),
  ),
  'wioa-dw': roles(
    ['dislocated-workers', 'incumbent-workers'],
    ['career-services', 'training', 'supportive-services'],
    usc(29, '3174'),
  ),
  'wioa-statewide': roles(
    ['adults', 'dislocated-workers', 'youth', 'incumbent-workers', 'employers'],
    ['training', 'business-services', 'planning-capacity'],
    usc(29, '3174'),
  ),
  'wagner-peyser': roles(['job-seekers', 'employers'], ['career-services', 'business-services'], usc(29, '49f')),
  jvsg: roles(['veterans', 'employers'], ['career-services', 'business-services'], usc(38, '4103A')),
  taa: roles(['dislocated-workers'], ['training', 'career-services', 'supportive-services'], usc(19, '2295')),
  saef: roles(
    ['adults', 'youth', 'employers'],
    ['work-based-learning', 'business-services', 'planning-capacity'],
    'https://www.apprenticeship.gov/investments-tax-credits-and-tuition-support/state-apprenticeship-expansion-formula',
  ),
  'perkins-basic': roles(
    ['secondary-students', 'postsecondary-students'],
    ['education', 'capital-equipment', 'planning-capacity'],
    usc(20, '2354'),
  ),
  'perkins-secondary': roles(['secondary-students'], ['education', 'capital-equipment'], usc(20, '2354')),
  'perkins-postsecondary': roles(['postsecondary-students'], ['education', 'capital-equipment'], usc(20, '2354')),
  aefla: roles(['adults', 'english-learners', 'reentry'], ['education', 'training'], usc(29, '3272')),
  vr: roles(
    ['people-with-disabilities', 'youth'],
    ['career-services', 'training', 'supportive-services'],
    usc(29, '723'),
  ),
  'snap-et-100': roles(['public-assistance'], ['training', 'career-services', 'work-based-learning'], usc(7, '2015')),
  'snap-et-50': roles(['public-assistance'], ['training', 'supportive-services'], usc(7, '2015')),
  tanf: roles(
    ['public-assistance', 'low-income'],
    ['supportive-services', 'work-based-learning', 'career-services'],
    usc(42, '604'),
  ),
  'tanf-career-pathways': roles(
    ['public-assistance', 'postsecondary-students'],
    ['training', 'career-services', 'supportive-services'],
    usc(42, '604'),
  ),
  ccdbg: roles(['low-income', 'child-care-workforce'], ['supportive-services', 'planning-capacity'], usc(42, '9858c')),
  'child-care-workforce': roles(['child-care-workforce'], ['training'], usc(42, '9858e')),
  'cdbg-state': roles(
    ['low-income', 'distressed-communities'],
    ['infrastructure', 'capital-equipment', 'business-services'],
    usc(42, '5305'),
  ),
  'h1b-skills': roles(['incumbent-workers', 'adults', 'employers'], ['training'], usc(29, '3224a')),
  scc: roles(
    ['adults', 'postsecondary-students', 'employers'],
    ['training', 'planning-capacity'],
    'https://www.dol.gov/agencies/eta/skills-training-grants/scc',
  ),
  'eda-eaa': roles(
    ['distressed-communities'],
    ['planning-capacity', 'infrastructure', 'capital-equipment'],
    usc(42, '3149'),
  ),
  'eda-build-to-scale': roles(
    ['employers', 'distressed-communities'],
    ['business-services', 'capital-equipment'],
    usc(15, '3722'),
  ),
  'eda-good-jobs': roles(
    ['adults', 'employers'],
    ['training', 'supportive-services', 'planning-capacity'],
    'https://www.eda.gov/funding/programs/american-rescue-plan/good-jobs-challenge',
  ),
  'arc-power': roles(
    ['distressed-communities', 'dislocated-workers'],
    ['planning-capacity', 'training', 'infrastructure'],
    'https://www.arc.gov/grants-and-opportunities/power/',
  ),
  'workforce-pell': roles(['postsecondary-students', 'low-income'], ['tuition-aid'], usc(20, '1070a')),
  'highway-pre-apprenticeship': roles(
    ['adults', 'low-income'],
    ['work-based-learning', 'training', 'supportive-services'],
    usc(23, '140'),
  ),
  'talent-fund': roles(['incumbent-workers', 'employers'], ['training', 'work-based-learning'], modelled),
  'industry-partnerships': roles(['employers'], ['business-services', 'planning-capacity', 'training'], modelled),
  'ui-training-fund': roles(['incumbent-workers', 'employers'], ['training'], modelled),
  'apprenticeship-fund': roles(['adults', 'employers'], ['work-based-learning'], modelled),
  techcred: roles(['incumbent-workers', 'employers'], ['training'], modelled),
  'gov-innovation-fund': roles(
    ['employers', 'adults'],
    ['planning-capacity', 'training', 'supportive-services'],
    modelled,
  ),
  'sector-staffing': roles(['employers'], ['planning-capacity'], modelled),
  'skills-investment': roles(['incumbent-workers', 'employers'], ['training'], modelled),
  'business-expansion': roles(['employers'], ['infrastructure', 'capital-equipment'], modelled),
  'workforce-housing': roles(['low-income'], ['infrastructure'], modelled),
  'rural-broadband': roles(['distressed-communities'], ['infrastructure'], modelled),
  'workforce-training-fund': roles(['incumbent-workers', 'employers'], ['training'], modelled),
  'skill-advance': roles(['incumbent-workers', 'employers'], ['training'], modelled),
  'cte-equipment': roles(['secondary-students', 'postsecondary-students'], ['capital-equipment'], modelled),
  'dual-enrollment': roles(['secondary-students'], ['education', 'tuition-aid'], modelled),
  'iet-pilot': roles(['adults', 'english-learners'], ['education', 'training'], modelled),
  'job-access-pilot': roles(['low-income'], ['supportive-services'], modelled),
  'employer-child-care': roles(['employers', 'low-income'], ['supportive-services'], modelled),
  'cf-mobility': roles(['low-income'], ['career-services', 'supportive-services'], modelled),
  'cf-partnership-capacity': roles(['employers'], ['planning-capacity'], modelled),
  // Left blank on purpose: the foundation's guidelines do not say whom it serves, so the demo shows "not known".
  'manufacturing-futures': roles([], ['capital-equipment', 'work-based-learning'], modelled),
  'health-careers': roles(['incumbent-workers'], ['training'], modelled),
};

/** The program with its roles attached; a program missing from the table keeps blank roles. */
export const withRoles = (program: ProgramSeed): ProgramSeed => {
  const found = programRoles[program.key];
  return found
    ? { ...program, beneficiaryIds: found.beneficiaryIds, activityIds: found.activityIds, rolesSource: found.source }
    : program;
};
