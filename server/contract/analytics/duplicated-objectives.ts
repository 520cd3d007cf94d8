import { z } from 'zod';
import { agencyRef, appliedFilters, ref } from './refs-and-filters.js';

export const duplicatedObjectiveAgency = agencyRef.extend({
  department: ref,
  streams: z.array(ref.extend({ amount: z.number(), passes_through_id: z.string().nullable() })),
  /** Sum of this agency's streams' amounts for the objective. */
  amount: z.number(),
  /**
   * The part of `amount` passed down to this agency from another stream on the objective's list (federal
   * allotment -> state stream): counted under the upstream agency, so `amount - passed_through_amount` summed
   * over the agencies is the objective's total_amount.
   */
  passed_through_amount: z.number(),
});

export const duplicatedObjective = ref.extend({
  category: z.string().nullable(),
  agency_count: z.number(),
  department_count: z.number(),
  /** True when the agencies belong to two or more departments (not only divisions of one). */
  cross_department: z.boolean(),
  stream_count: z.number(),
  /** The streams' amounts, money passed down from one stream to another counted once. */
  total_amount: z.number(),
  agencies: z.array(duplicatedObjectiveAgency),
});

export const duplicatedObjectivesResponse = z.object({
  filters: appliedFilters,
  /** Sorted: most departments first, then most agencies, then largest total amount. */
  objectives: z.array(duplicatedObjective),
});

export type DuplicatedObjective = z.infer<typeof duplicatedObjective>;
export type DuplicatedObjectivesResponse = z.infer<typeof duplicatedObjectivesResponse>;
