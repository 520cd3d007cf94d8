import { z } from 'zod';

// Pieces every analytic response shares. Schema files import only zod, so the client can import them for types.

export const ref = z.object({ id: z.string(), name: z.string() });
export type Ref = z.infer<typeof ref>;

export const agencyRef = ref.extend({ acronym: z.string().nullable() });

/** An agency with its department: its top-level ancestor through PART_OF (itself when it has no parent). */
export const agencyWithDepartment = agencyRef.extend({ department: ref });
export type AgencyWithDepartment = z.infer<typeof agencyWithDepartment>;

const idFilter = (what: string) => z.string().min(1).max(200).optional().describe(what);

/** The common filters, as a query string. */
export const filtersQuery = z.object({
  fiscal_year: z
    .union([z.literal('all'), z.coerce.number().int().min(1990).max(2100)])
    .optional()
    .describe('a fiscal year such as 2026 (default: the latest fiscal year of any funding stream), or "all"'),
  agency_id: idFilter('only this agency and its divisions'),
  sector_id: idFilter('only this sector (streams and releases without a sector scope serve every sector)'),
  region_id: idFilter('only this region (streams and releases without a region scope are statewide)'),
});
export type FiltersQuery = z.infer<typeof filtersQuery>;

/** Pairwise analytics can find hundreds of thousands of pairs on a large map: they return the first `limit`. */
export const pairLimitQuery = z.object({
  limit: z.coerce
    .number()
    .int()
    .min(0)
    .max(5000)
    .default(500)
    .describe('how many pairs to return, first in order (total counts them all)'),
});

/** The filters an analytic actually applied, defaults resolved (null: not filtered). */
export const appliedFilters = z.object({
  fiscal_year: z.number().nullable(),
  agency_id: z.string().nullable(),
  sector_id: z.string().nullable(),
  region_id: z.string().nullable(),
});
export type AppliedFilters = z.infer<typeof appliedFilters>;

export const flexibility = z.enum(['restricted', 'moderate', 'flexible']).nullable();

/** A stream as analytics show it: enough to draw and explain it without a second call. */
export const streamSummary = ref.extend({
  agency: agencyWithDepartment,
  fiscal_year: z.number(),
  amount: z.number(),
  obligated: z.number().nullable(),
  expended: z.number().nullable(),
  /** amount - obligated (obligated unknown counts as 0), never below 0. */
  available: z.number(),
  flexibility,
  match_percent: z.number().nullable(),
  eligible_applicants: z.array(z.string()),
  sectors: z.array(ref),
  regions: z.array(ref),
});
export type StreamSummary = z.infer<typeof streamSummary>;

/** One request: partnership P asks for solution X. Ad-hoc profiles have no partnership; objective-only ones no solution. */
export const requestSummary = z.object({
  /** partnership_id|solution_id for stored requests. */
  key: z.string(),
  partnership: ref.extend({ applicant_type: z.string().nullable(), stage: z.string().nullable() }).nullable(),
  region: ref.nullable(),
  sectors: z.array(ref),
  solution: ref.extend({ category: z.string().nullable() }).nullable(),
  objectives: z.array(ref),
  /** 1 (highest) to 5; null when not given. */
  priority: z.number().nullable(),
  /** Null: any fiscal year. */
  year: z.number().nullable(),
  estimated_cost: z.number().nullable(),
});
export type RequestSummary = z.infer<typeof requestSummary>;
