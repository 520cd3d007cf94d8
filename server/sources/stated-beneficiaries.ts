import { beneficiaryGroups } from '../domain/beneficiary-groups.js';

// Who a program serves, where a source states it in a field of its own: the FPI's applicant types, a portal's
// applicant and population-served fields. A stated term that names one of `beneficiaryGroups` gives that group;
// anything else (and every free-text description) is left blank, which the analytics read as "not known".

// "Non-profit organization" and "not-for-profit" name no business.
const business =
  /\bemployers?\b|\bbusiness(es)?\b|(?<!non[- ]?)\bprofit organi[sz]ations?\b|(?<!not[- ])\bfor[- ]?profit\b/;

const terms: Array<[RegExp, string]> = [
  [/\byouths?\b|\byoung adults?\b|\bteens?\b/, 'youth'],
  [/\bdislocated workers?\b|\blaid[- ]off workers?\b/, 'dislocated-workers'],
  [/\b(incumbent|direct care) workers?\b|\bbusinesses and employees\b/, 'incumbent-workers'],
  [business, 'employers'],
  [/\blow[- ]income\b/, 'low-income'],
  [/\b(snap|tanf)\b|\bpublic assistance recipients?\b/, 'public-assistance'],
  [/\bveterans?\b/, 'veterans'],
  [/\bdisabilit(y|ies)\b|\bdisabled\b/, 'people-with-disabilities'],
  [/\benglish (language )?learners?\b|\blimited english\b/, 'english-learners'],
  [/\breentrants?\b|\bre-?entry\b|\b(formerly|previously) incarcerated\b|\bex-offenders?\b/, 'reentry'],
  [/\bgrades? 9\b|\bhigh school students?\b|\bsecondary students?\b/, 'secondary-students'],
  [/\b(college|postsecondary|post-secondary|university) students?\b/, 'postsecondary-students'],
  [/\bjob ?seekers?\b|\bunemployed\b/, 'job-seekers'],
  [/\bchild ?care\b/, 'child-care-workforce'],
  [/\bdistressed\b/, 'distressed-communities'],
];

// "Specialized group (e.g. health professionals, students, veterans)": examples are not what is stated.
const examples = /\((e\.g\.|for example|such as)[^)]*\)/g;

const plain = (stated: readonly string[]): string[] =>
  stated.map((term) => term.toLowerCase().replace(examples, ' ').trim()).filter((term) => term !== '');

/** What a source states of a program: who it serves, and who may apply for it. */
export interface StatedPeople {
  population?: readonly string[];
  applicants?: readonly string[];
}

/**
 * The groups the stated terms name, in the order of the list above; none when no term names one. A population
 * field is read whole. Of the applicant types, a group of people (veterans, reentrants, youth) counts where it is
 * named, but businesses only when every applicant type is a business: "businesses may apply" among cities and
 * nonprofits says who may hold the grant, not that it serves employers.
 */
export const statedBeneficiaries = ({ population = [], applicants = [] }: StatedPeople): string[] => {
  const served = plain(population);
  const applying = plain(applicants);
  const forBusinesses = applying.length > 0 && applying.every((term) => business.test(term));
  const found = new Set<string>();
  for (const [pattern, id] of terms) {
    if (served.some((term) => pattern.test(term))) found.add(id);
    else if (id === 'employers' ? forBusinesses : applying.some((term) => pattern.test(term))) found.add(id);
  }
  return beneficiaryGroups.map((group) => group.id).filter((id) => found.has(id));
};
