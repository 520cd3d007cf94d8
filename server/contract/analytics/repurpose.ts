import { z } from 'zod';
import { appliedFilters, ref, streamSummary } from './refs-and-filters.js';

export const repurposeQuery = z.object({
  threshold: z.coerce.number().min(0).max(1).default(0.5).describe('under-used below this share expended (0-1)'),
  gaps: z.coerce.number().int().min(0).max(20).default(3).describe('how many gaps to pair with each stream'),
});

export const helpableGap = z.object({
  solution: ref,
  /** Objectives the stream supports that the solution advances. */
  shared_objectives: z.array(ref),
  gap_score: z.number(),
  request_count: z.number(),
  coverage: z.number().nullable(),
  uncovered_amount: z.number().nullable(),
  /** True when the stream is already eligible for some of the gap's requests (it counts in the coverage). */
  already_eligible: z.boolean(),
});

export const repurposeCandidate = streamSummary.extend({
  objectives: z.array(ref),
  /** expended / amount; null when expended is not recorded. */
  utilization: z.number().nullable(),
  /** amount - expended (expended unknown: the available amount). */
  idle_amount: z.number(),
  under_used: z.boolean(),
  /** Objectives the stream supports that no request advances. */
  unrequested_objectives: z.array(ref),
  reasons: z.array(z.string()),
  /** The top gaps (by gap_score) it could help: they share an objective with the stream. */
  could_help: z.array(helpableGap),
});

export const repurposeResponse = z.object({
  filters: appliedFilters,
  threshold: z.number(),
  /** Largest idle amount first. A stream whose money passes down to another candidate is left out (the money is re-purposed where it lands). */
  candidates: z.array(repurposeCandidate),
});

export type HelpableGap = z.infer<typeof helpableGap>;
export type RepurposeCandidate = z.infer<typeof repurposeCandidate>;
export type RepurposeResponse = z.infer<typeof repurposeResponse>;
