import { z } from 'zod';
import { agencyWithDepartment, appliedFilters, ref } from './refs-and-filters.js';

export const networkStream = ref.extend({
  agency_id: z.string(),
  department_id: z.string(),
  amount: z.number(),
  objective_ids: z.array(z.string()),
  /** The funding family (community id) the stream belongs to. */
  community: z.number(),
});

const centrality = {
  /** Degree centrality in the agency-objective graph: share of the other nodes it links to. */
  degree: z.number(),
  /** Normalised betweenness centrality in the agency-objective graph: how much it bridges the rest. */
  betweenness: z.number(),
};

export const networkObjective = ref.extend({
  community: z.number(),
  stream_count: z.number(),
  agency_count: z.number(),
  ...centrality,
});

export const networkAgency = agencyWithDepartment.extend({
  stream_count: z.number(),
  amount: z.number(),
  communities: z.array(z.number()),
  ...centrality,
});

export const fundingFamily = z.object({
  id: z.number(),
  /** Its most supported objectives' names. */
  label: z.string(),
  stream_ids: z.array(z.string()),
  objectives: z.array(ref),
  agencies: z.array(ref),
  agency_count: z.number(),
  department_count: z.number(),
  /** Its streams' amounts, money passed down from one stream to another counted once. */
  amount: z.number(),
  /** True when streams of two or more departments meet in it. */
  cross_department: z.boolean(),
});

export const networkResponse = z.object({
  filters: appliedFilters,
  method: z.object({
    communities: z.string(),
    centrality: z.string(),
    /** Modularity of the partition (higher: clearer families). */
    modularity: z.number(),
  }),
  /** Largest first; ids count from 0. */
  communities: z.array(fundingFamily),
  streams: z.array(networkStream),
  objectives: z.array(networkObjective),
  agencies: z.array(networkAgency),
});

export type FundingFamily = z.infer<typeof fundingFamily>;
export type NetworkResponse = z.infer<typeof networkResponse>;
