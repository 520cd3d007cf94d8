import type { FiscalYear } from './lakeland.js';

// A funding program as curated for the demo. Each program becomes one funding stream per fiscal year it
// runs (`<key>-fy<year>`), plus its federal allotment and local allocations when it has them.

export type Flexibility = 'restricted' | 'moderate' | 'flexible';
export type StreamSource = 'federal' | 'state' | 'local' | 'private' | 'philanthropic';

/** How fast the money is spent: `stalled` marks the deliberately under-spent flexible funds. */
export type Spending = 'normal' | 'lagging' | 'stalled';

export interface ProgramSeed {
  key: string;
  name: string;
  agencyId: string;
  source: StreamSource;
  listing?: string;
  /** Lakeland's amount per fiscal year; a year without an amount has no stream. */
  amounts: Partial<Record<FiscalYear, number>>;
  flexibility: Flexibility;
  matchPercent?: number;
  /** Who may apply, in the vocabulary partnerships use for `applicant_type`. */
  eligible: string[];
  objectiveIds: string[];
  sectorIds?: string[];
  regionIds?: string[];
  /** Who the program serves and what it buys (program-roles.ts); blank means not known. */
  beneficiaryIds?: string[];
  activityIds?: string[];
  /** Where the roles come from, said in the rows' notes. */
  rolesSource?: string;
  /** Key of the program whose money this one passes on (same fiscal year). */
  passesThrough?: string;
  /** The federal agency that allots this formula program to Lakeland: adds an allotment stream upstream. */
  allottedBy?: string;
  /** National figure behind the allotment, said in the allotment's notes. */
  nationalNote?: string;
  /** Share of the state stream passed to the local workforce boards as allocation streams. */
  localShare?: number;
  /** Who the local boards fund with their allocation. */
  localEligible?: string[];
  /** Funds stay available this many years after the fiscal year ends (June 30). */
  availableYears?: number;
  expires?: string;
  spending?: Spending;
  sourceUrl?: string;
  notes: string;
}

/** Amounts for FY2024, FY2025 and FY2026. */
export const threeYears = (fy2024: number, fy2025: number, fy2026: number): ProgramSeed['amounts'] => ({
  2024: fy2024,
  2025: fy2025,
  2026: fy2026,
});

/** Eligible-applicant vocabulary, shared with partnerships' `applicant_type`. */
export const applicant = {
  state: 'state agency',
  board: 'workforce board',
  college: 'community college',
  nonprofit: 'nonprofit',
  employer: 'employer',
  consortium: 'employer consortium',
  school: 'school district',
  localGov: 'local government',
  tribe: 'tribe',
  edo: 'economic development organization',
  labor: 'labor organization',
  individual: 'individual',
  childCareProvider: 'child care provider',
} as const;
