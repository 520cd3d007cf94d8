import type { FinderResponse } from '../contract/analytics/finder.js';
import type { Ref, StreamSummary } from '../contract/analytics/refs-and-filters.js';

// The rows the analytics' queries (cypher/analytics/) answer, as plain objects: what analytics-inputs.ts reads.

export interface AgencyRow {
  id: string;
  name: string;
  acronym: string | null;
  parent_id: string | null;
}

/** The map's small tables (cypher/analytics/shared/reference.cypher). */
export interface ReferenceRows {
  agencies: AgencyRow[];
  objectives: Array<Ref & { category: string | null }>;
  sectors: Ref[];
  regions: Ref[];
  solutions: Array<Ref & { category: string | null; objective_ids: string[] }>;
}

/** A stream with its links as `kind|id` strings (decoded by analytics/shared/links.ts). */
export interface StoredStream {
  id: string;
  name: string;
  agency_id: string;
  fiscal_year: number;
  amount: number;
  obligated: number | null;
  expended: number | null;
  flexibility: StreamSummary['flexibility'];
  match_percent: number | null;
  eligible_applicants: string[];
  links: string[];
}

export interface StoredRequest {
  partnership_id: string;
  partnership_name: string;
  applicant_type: string | null;
  stage: string | null;
  region_id: string | null;
  sector_ids: string[];
  solution_id: string;
  priority: number | null;
  year: number | null;
  estimated_cost: number | null;
}

export interface StoredRelease {
  id: string;
  agency_id: string;
  opens: string;
  closes: string;
  amount: number | null;
  links: string[];
}

export interface Period {
  from: string | null;
  to: string | null;
}

export interface ReleaseText {
  id: string;
  title: string;
  description: string | null;
  applicants: string[];
  /** Where the importers keep the portal's funding source and type (competing-releases/program-profile.ts). */
  notes: string | null;
}

export interface ObjectiveFrequencyRow {
  releases: number;
  targeting: Array<{ id: string; releases: number }>;
}

export interface StoredReviewStream {
  id: string;
  name: string;
  agency_id: string;
  amount: number;
  passes_through_id: string | null;
  links: string[];
}

export interface FlowAward {
  partnership_id: string;
  partnership_name: string;
  amount: number;
}

/** A stream as the money flow draws it: ids only (names come from the reference data). */
export interface FlowStream {
  id: string;
  name: string;
  source: string;
  agency_id: string;
  amount: number;
  passes_through_id: string | null;
  objective_ids: string[];
  sector_ids: string[];
  region_ids: string[];
  awards: FlowAward[];
}

/** A stream of one fiscal year as the year-over-year comparison matches it. */
export interface YearStream {
  id: string;
  name: string;
  assistance_listing: string | null;
  agency_id: string;
  amount: number;
  passes_through_id: string | null;
}

export interface DuplicatedObjectiveRow {
  id: string;
  agencies: Array<{ agency_id: string; streams: Array<Ref & { amount: number; passes_through_id: string | null }> }>;
}

export interface RepurposeCandidateRow {
  id: string;
  utilization: number | null;
  unrequested: Ref[];
}

export interface ScorecardFigures {
  partnerships: number;
  braided: number;
}

export type DraftStream = Ref & { fiscal_year: number };

export interface AdHocProfileRow {
  regions: Ref[];
  sectors: Ref[];
  solutions: Array<Ref & { category: string | null; objectives: Ref[] }>;
  objectives: Ref[];
}

export type PartnershipProfileRow = FinderResponse['profile'];

/** The filters as the analytics' queries take them. */
export interface FilterParams {
  fiscal_year: number | null;
  agency_ids: string[] | null;
  sector_id: string | null;
  region_id: string | null;
}
