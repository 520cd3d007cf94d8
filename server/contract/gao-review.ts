import { z } from 'zod';
import {
  agencyWithDepartment,
  appliedFilters,
  filtersQuery,
  pairLimitQuery,
  ref,
} from './analytics/refs-and-filters.js';

// GET /api/analytics/gao-review: fragmentation, overlap and duplication in GAO's sense (GAO-15-49SP), for one
// fiscal year. Definitions and examples: docs/analytics.md#gao-review.

export const gaoReviewQuery = filtersQuery
  .omit({ fiscal_year: true })
  .extend({
    fiscal_year: z.coerce
      .number()
      .int()
      .min(1990)
      .max(2100)
      .optional()
      .describe('the fiscal year reviewed (default: the latest fiscal year of any funding stream)'),
  })
  .extend(pairLimitQuery.shape);
export type GaoReviewQuery = z.infer<typeof gaoReviewQuery>;

/** null: the stream lists none, so who it serves (or what it buys) is not known; never read as a match. */
const knownTerms = z.array(ref).nullable();

export const gaoStream = ref.extend({
  agency: agencyWithDepartment,
  amount: z.number(),
  passes_through_id: z.string().nullable(),
  beneficiaries: knownTerms,
  activities: knownTerms,
});
export type GaoStream = z.infer<typeof gaoStream>;

/** One program as the review compares it: a stream with the streams its money passes through to (one money). */
export const gaoProgram = z.object({
  /** The id of the stream at the top of the pass-through chain. */
  id: z.string(),
  /** The name of the stream carrying most of its money (the state's stream rather than its federal allotment). */
  name: z.string(),
  streams: z.array(gaoStream),
  agencies: z.array(agencyWithDepartment),
  /** Money passed from one of its streams to another counted once. */
  amount: z.number(),
});
export type GaoProgram = z.infer<typeof gaoProgram>;

/** What two programs share on one dimension, and what each has alone. */
export const gaoComparison = z.object({
  shared: z.array(ref),
  first_only: z.array(ref),
  second_only: z.array(ref),
  /** Which side lists nothing on this dimension ("first", "second"): not known, so no match is claimed. */
  not_known: z.array(z.enum(['first', 'second'])),
});
export type GaoComparison = z.infer<typeof gaoComparison>;

export const gaoPairFinding = z.object({
  first: gaoProgram,
  second: gaoProgram,
  agencies: z.array(agencyWithDepartment),
  departments: z.array(ref),
  /** Both programs' money, pass-through counted once. */
  amount: z.number(),
  objectives: gaoComparison,
  beneficiaries: gaoComparison,
  activities: gaoComparison,
  /** Plain sentences about what could not be judged because a list is blank. */
  not_known: z.array(z.string()),
  next_step: z.string(),
});
export type GaoPairFinding = z.infer<typeof gaoPairFinding>;

export const gaoDepartmentShare = ref.extend({
  agencies: z.array(agencyWithDepartment),
  /** The department's programs in the area, by id (the top stream), name and their whole amount. */
  programs: z.array(ref.extend({ amount: z.number(), stream_ids: z.array(z.string()) })),
  /** The area's objectives this department's programs support. */
  objectives: z.array(ref),
  amount: z.number(),
});

export const gaoFragmentationFinding = z.object({
  /** The broad area: an objective category. */
  area: z.string(),
  /** The departments serving the area, most money first: the first 50 (department_count counts them all). */
  departments: z.array(gaoDepartmentShare),
  department_count: z.number(),
  amount: z.number(),
  /** Objectives of the area supported by more than one department, and those supported by one only. */
  objectives: z.object({ shared: z.array(ref), one_department: z.array(ref) }),
  /** Pairs of programs of different departments in the area that are in no narrower class (overlap, duplication). */
  pair_count: z.number(),
  next_step: z.string(),
});
export type GaoFragmentationFinding = z.infer<typeof gaoFragmentationFinding>;

const classSummary = z.object({
  /** Findings of the class (all of them, also those beyond `limit`). */
  count: z.number(),
  /** The money of every stream in the class's findings, pass-through counted once. */
  amount: z.number(),
  next_step: z.string(),
});

export const gaoReviewResponse = z.object({
  filters: appliedFilters,
  source: z.string().describe('the method followed'),
  summary: z.object({
    programs: z.number(),
    streams: z.number(),
    /** Every stream of the year (and filters), pass-through counted once. */
    amount: z.number(),
    fragmentation: classSummary,
    overlap: classSummary,
    duplication: classSummary,
    not_known: z.object({
      streams_without_beneficiaries: z.number(),
      streams_without_activities: z.number(),
      /** Pairs of programs of different agencies sharing objectives that a blank list kept from being judged. */
      undetermined_pairs: z.number(),
    }),
  }),
  /** Most departments first, then most money. */
  fragmentation: z.array(gaoFragmentationFinding),
  /** Most money first. A pair is listed once, in the narrowest class it meets. */
  overlap: z.array(gaoPairFinding),
  duplication: z.array(gaoPairFinding),
});
export type GaoReviewResponse = z.infer<typeof gaoReviewResponse>;
