import { z } from 'zod';
import { agencyWithDepartment, appliedFilters, pairLimitQuery, ref } from './refs-and-filters.js';

export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD');

export const competingLevels = ['competing', 'similar', 'incidental'] as const;
export const competingLevel = z.enum(competingLevels);

export const competingReleasesQuery = pairLimitQuery.extend({
  from: isoDate.optional().describe('only pairs whose overlap reaches this date or later (YYYY-MM-DD)'),
  to: isoDate.optional().describe('only pairs whose overlap starts on or before this date (YYYY-MM-DD)'),
  level: z
    .enum([...competingLevels, 'all'])
    .optional()
    .describe('only pairs of this level; all: every level; default: competing and similar'),
  same_department: z
    .enum(['true', 'false'])
    .optional()
    .describe('true: only pairs within one department; false: only pairs across departments'),
});

/** What two releases share, or what separates them, in plain words. */
export const competingReason = z.object({
  kind: z.enum(['objectives', 'wording', 'applicants', 'places', 'department', 'window']),
  /** `shares`: evidence that they compete; `separates`: evidence that they do not. */
  sense: z.enum(['shares', 'separates']),
  text: z.string(),
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
  /** similarity x overlap_share; 0 to 1 (docs/analytics.md). Same-department pairs are not ranked down. */
  severity: z.number(),
  /** competing, similar or incidental (docs/analytics.md gives the definitions). */
  level: competingLevel,
  /** 0 to 1: how strongly wording, objective specificity and applicants say they fund the same thing. */
  score: z.number(),
  /**
   * `objectives`: they share a mapped objective; `wording`: found by their texts alone; `profile`: found by their
   * program profile (one department, the same applicants, instrument and funding source, notices somewhat alike).
   */
  found_by: z.enum(['objectives', 'wording', 'profile']),
  /** BM25 cosine of the two titles and descriptions, 0 to 1. */
  wording: z.number(),
  /** The most specific shared objective's specificity (inverse share of the map's releases targeting it). */
  objective_specificity: z.number(),
  /** The counties each release names in its title and eligibility (a city or region as its county); empty: statewide or not stated. */
  places: z.object({ a: z.array(z.string()), b: z.array(z.string()) }),
  reasons: z.array(competingReason),
});

export const competingReleasesResponse = z.object({
  filters: appliedFilters.extend({
    from: z.string().nullable(),
    to: z.string().nullable(),
    /** The levels listed. */
    levels: z.array(competingLevel),
    same_department: z.boolean().nullable(),
  }),
  /** How many pairs of the levels listed there are; `pairs` holds the first `limit` of them. */
  total: z.number(),
  /** Pairs of each level, whatever `level` asked for (the same department filter applies). */
  counts: z.object({ competing: z.number(), similar: z.number(), incidental: z.number() }),
  limit: z.number(),
  /** Competing first, then similar, then incidental; in each, most severe first; ties: larger combined amount, ids. */
  pairs: z.array(competingPair),
});

export type ReleaseSummary = z.infer<typeof releaseSummary>;
export type CompetingPair = z.infer<typeof competingPair>;
export type CompetingReleasesResponse = z.infer<typeof competingReleasesResponse>;
export type CompetingReason = z.infer<typeof competingReason>;
export type CompetingLevel = z.infer<typeof competingLevel>;
