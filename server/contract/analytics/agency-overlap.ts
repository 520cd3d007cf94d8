import { z } from 'zod';
import { agencyWithDepartment, appliedFilters, ref } from './refs-and-filters.js';

export const overlapAgency = agencyWithDepartment.extend({
  /** How many objectives this agency's streams support (under the filters). */
  objective_count: z.number(),
});

export const agencyOverlapPair = z.object({
  a: overlapAgency,
  b: overlapAgency,
  same_department: z.boolean(),
  shared_objectives: z.array(ref),
  /** Jaccard similarity of the two objective sets: shared / (a + b - shared). */
  similarity: z.number(),
});

export const agencyOverlapResponse = z.object({
  filters: appliedFilters,
  /** How many pairs share objectives; `pairs` holds the first `limit` of them. */
  total: z.number(),
  limit: z.number(),
  /** Sorted by similarity, then number of shared objectives, both descending. */
  pairs: z.array(agencyOverlapPair),
});

export type AgencyOverlapPair = z.infer<typeof agencyOverlapPair>;
export type AgencyOverlapResponse = z.infer<typeof agencyOverlapResponse>;
