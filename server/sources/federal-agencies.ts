import type { Agency } from '../domain/entities.js';
import { cleanText } from './clean-text.js';
import { slugify } from './source-ids.js';

// Federal agencies as both federal sources name them. The Federal Program Inventory writes departments as
// "LABOR, DEPARTMENT OF" with an acronym, Grants.gov only as a code such as "DOL-ETA"; one table of the common
// acronyms gives both the same department id (`us-department-of-labor`), so streams and releases meet on one node.

const departmentNames: Record<string, string> = {
  AC: 'Corporation for National and Community Service', // Grants.gov's code for AmeriCorps, the same agency as CNCS
  CNCS: 'Corporation for National and Community Service',
  CPSC: 'Consumer Product Safety Commission',
  DHS: 'Department of Homeland Security',
  DOC: 'Department of Commerce',
  DOD: 'Department of Defense',
  DOE: 'Department of Energy',
  DOI: 'Department of the Interior',
  DOJ: 'Department of Justice',
  DOL: 'Department of Labor',
  DOS: 'Department of State',
  DOT: 'Department of Transportation',
  ED: 'Department of Education',
  EPA: 'Environmental Protection Agency',
  HHS: 'Department of Health and Human Services',
  HUD: 'Department of Housing and Urban Development',
  IMLS: 'Institute of Museum and Library Services',
  MCC: 'Millennium Challenge Corporation',
  NASA: 'National Aeronautics and Space Administration',
  NEA: 'National Endowment for the Arts',
  NEH: 'National Endowment for the Humanities',
  NSF: 'National Science Foundation',
  SBA: 'Small Business Administration',
  SSA: 'Social Security Administration',
  TREAS: 'Department of the Treasury',
  USAID: 'Agency for International Development',
  USDA: 'Department of Agriculture',
  USDOJ: 'Department of Justice',
  USDOT: 'Department of Transportation',
  VA: 'Department of Veterans Affairs',
};

const smallWords = new Set(['a', 'an', 'and', 'at', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to']);
const keptUpper = new Set(['US', 'U.S.', 'USDA', 'NNSA', 'VA', 'BBG', 'AIDS', 'POW/MIA', 'HHS']);

const titleWord = (word: string, first: boolean): string => {
  if (keptUpper.has(word.replace(/[,;:]$/, '')) || /^\(.*\)$/.test(word)) return word;
  const lower = word.toLowerCase();
  if (!first && smallWords.has(lower)) return lower;
  return lower.replace(/(^|[-/])([a-z])/g, (_, before: string, letter: string) => before + letter.toUpperCase());
};

/** "LABOR, DEPARTMENT OF" -> "Department of Labor"; names already in mixed case are kept as written. */
export const readableAgencyName = (published: string): string => {
  const name = cleanText(published);
  if (name !== name.toUpperCase()) return name;
  const uninverted = name.replace(/^DEPT OF /, 'DEPARTMENT OF ').replace(/^(.+), (DEPARTMENT OF(?: THE)?)$/, '$2 $1');
  return uninverted
    .split(' ')
    .map((word, index) => titleWord(word, index === 0))
    .join(' ');
};

export const federalDepartmentName = (acronym: string, published: string): string =>
  departmentNames[acronym.toUpperCase()] ?? readableAgencyName(published || acronym);

export const federalDepartmentId = (name: string): string => `us-${slugify(name)}`;

/** A department or independent agency; `acronym` may be blank when the source gives none. */
export const federalDepartment = (
  acronym: string,
  published: string,
  provenance: Pick<Agency, 'source_url' | 'as_of'>,
): Agency => {
  const name = federalDepartmentName(acronym, published);
  return {
    id: federalDepartmentId(name),
    name,
    acronym: acronym.toUpperCase() || undefined,
    level: 'federal',
    ...provenance,
  };
};

/** A sub-agency, its id nested under its department's: `us-department-of-labor.employment-and-training-administration`. */
export const federalSubAgency = (
  department: Agency,
  key: string,
  name: string,
  provenance: Pick<Agency, 'source_url' | 'as_of' | 'notes'>,
): Agency => ({
  id: `${department.id}.${slugify(key)}`,
  name,
  level: 'federal',
  parent_id: department.id,
  ...provenance,
});
