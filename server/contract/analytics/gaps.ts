import { z } from 'zod';
import { agencyWithDepartment, appliedFilters, flexibility, ref, requestSummary } from './refs-and-filters.js';

export const gapStream = ref.extend({
  agency: agencyWithDepartment,
  amount: z.number(),
  /** amount - obligated (unknown obligated: 0), never below 0. */
  available: z.number(),
  flexibility,
  match_percent: z.number().nullable(),
  /** How many of the solution's requests this stream is eligible for. */
  request_count: z.number(),
});

export const gapRequest = ref.extend({
  region: ref.nullable(),
  priority: z.number().nullable(),
  estimated_cost: z.number().nullable(),
  eligible_stream_count: z.number(),
});

export const gap = z.object({
  solution: ref.extend({ category: z.string().nullable() }),
  objectives: z.array(ref),
  request_count: z.number(),
  /** The partnerships requesting the solution, each with its request. */
  partnerships: z.array(gapRequest),
  /** Sum of the known estimated costs; cost_known is false when any request has none. */
  estimated_cost: z.number(),
  cost_known: z.boolean(),
  /** Streams eligible for at least one of the requests, largest available amount first. */
  eligible_streams: z.array(gapStream),
  /** Sum over the distinct eligible streams of their available amount. */
  eligible_amount: z.number(),
  /** eligible_amount / estimated_cost; null when no cost is known. */
  coverage: z.number().nullable(),
  /** estimated_cost - eligible_amount, never below 0; null when no cost is known. */
  uncovered_amount: z.number().nullable(),
  /** Requests for this solution with no eligible stream. */
  unmatched_count: z.number(),
  /** Requests effectively left unfunded: max(unmatched_count, request_count x (1 - min(coverage, 1))). */
  gap_score: z.number(),
});

export const unmetReason = z.enum(['sector', 'region', 'applicant_type']);

export const nearMiss = ref.extend({
  agency: agencyWithDepartment,
  /** The eligibility conditions the stream fails for this request. */
  fails: z.array(unmetReason),
  reason: z.string(),
});

export const unmatchedRequest = requestSummary.extend({
  /** Why no stream is eligible, in a sentence. */
  reason: z.string(),
  /** The closest streams that support the request's objectives but fail another condition (at most 5). */
  near_misses: z.array(nearMiss),
});

export const gapsResponse = z.object({
  filters: appliedFilters,
  /** Frequent, poorly covered solutions first: gap_score, then request_count, then uncovered amount, descending. */
  gaps: z.array(gap),
  /** Requests for which no stream is eligible, most urgent (priority) first. */
  unmatched_requests: z.array(unmatchedRequest),
});

export type Gap = z.infer<typeof gap>;
export type NearMiss = z.infer<typeof nearMiss>;
export type UnmatchedRequest = z.infer<typeof unmatchedRequest>;
export type GapsResponse = z.infer<typeof gapsResponse>;
