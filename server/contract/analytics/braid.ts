import { z } from 'zod';
import { agencyWithDepartment, appliedFilters, flexibility, ref, requestSummary } from './refs-and-filters.js';

export const braidQuery = z.object({
  partnership_id: z.string().min(1),
  solution_id: z.string().min(1),
  cost: z.coerce.number().min(0).optional().describe("plan for this amount instead of the request's estimated cost"),
});

export const braidStream = ref.extend({
  agency: agencyWithDepartment,
  available: z.number(),
  flexibility,
  match_percent: z.number().nullable(),
});

export const allocation = braidStream.extend({
  /** Dollars drawn from this stream. */
  share: z.number(),
  /** share / cost. */
  share_of_cost: z.number(),
  /** share x match_percent / 100: what the partnership adds from its own or other non-federal money. */
  match_owed: z.number(),
  reasons: z.array(z.string()),
});

export const braidResponse = z.object({
  filters: appliedFilters.pick({ fiscal_year: true, agency_id: true }),
  request: requestSummary,
  /** The amount planned for: the cost query parameter, else the request's estimated cost (null: unknown). */
  cost: z.number().nullable(),
  covered_amount: z.number(),
  /** cost - covered_amount; null when the cost is unknown. */
  uncovered_amount: z.number().nullable(),
  fully_covered: z.boolean().nullable(),
  agency_count: z.number(),
  total_match_owed: z.number(),
  /** In the order the money is drawn: most flexible, lowest match first. */
  allocations: z.array(allocation),
  /** Eligible streams the plan does not draw on, with why. */
  unused: z.array(braidStream.extend({ reason: z.string() })),
  /** How the plan was chosen, step by step. */
  explanation: z.array(z.string()),
});

export type BraidStream = z.infer<typeof braidStream>;
export type Allocation = z.infer<typeof allocation>;
export type BraidResponse = z.infer<typeof braidResponse>;
