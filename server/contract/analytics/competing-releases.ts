import { z } from 'zod';
import { agencyWithDepartment, appliedFilters, pairLimitQuery, ref } from './refs-and-filters.js';

export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD');

export const competingReleasesQuery = pairLimitQuery.extend({
  from: isoDate.optional().describe('only pairs whose overlap reaches this date or later (YYYY-MM-DD)'),
  to: isoDate.optional().describe('only pairs whose overlap starts on or before this date (YYYY-MM-DD)'),
});

export const releaseSummary = z.object({
  id: z.string(),
  title: z.string(),
  agency: agencyWithDepartment,
  stream: ref.nullable(),
  /** The stream's fiscal year, else the state fiscal year (July-June) holding `opens`. */
  fiscal_year: z.number(),
  opens: z.string(),
  closes: z.string(),
  /** Null when unknown (never counted as zero). */
  amount: z.number().nullable(),
  objective_count: z.number(),
  /** Empty: any sector. */
  sectors: z.array(ref),
  /** Empty: statewide. */
  regions: z.array(ref),
});

export const competingPair = z.object({
  a: releaseSummary,
  b: releaseSummary,
  /** Divisions of one department, or one agency with itself. */
  same_department: z.boolean(),
  shared_objectives: z.array(ref),
  /** Jaccard similarity of the two releases' objective sets. */
  similarity: z.number(),
  /** The days both windows are open, first and last included. */
  overlap: z.object({ from: z.string(), to: z.string() }),
  overlap_days: z.number(),
  /** overlap_days over the length of the shorter window: 1 when one window lies inside the other. */
  overlap_share: z.number(),
  /** Sum of the known amounts; amount_known is false when either amount is missing. */
  combined_amount: z.number(),
  amount_known: z.boolean(),
  /** similarity x overlap_share, halved for releases of one department; 0 to 1 (docs/analytics.md). */
  severity: z.number(),
});

export const competingReleasesResponse = z.object({
  filters: appliedFilters.extend({ from: z.string().nullable(), to: z.string().nullable() }),
  /** How many pairs compete; `pairs` holds the first `limit` of them. */
  total: z.number(),
  limit: z.number(),
  /** Most severe first; ties: larger combined amount, then ids. */
  pairs: z.array(competingPair),
});

export type ReleaseSummary = z.infer<typeof releaseSummary>;
export type CompetingPair = z.infer<typeof competingPair>;
export type CompetingReleasesResponse = z.infer<typeof competingReleasesResponse>;
