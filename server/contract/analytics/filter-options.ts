import { z } from 'zod';

// GET /api/analytics/filter-options: what the analytics filter bar offers, without reading the whole map.

const option = z.object({ id: z.string(), name: z.string() });

export const filterOptionsResponse = z.object({
  /** Fiscal years with any funding data, oldest first. */
  fiscal_years: z.array(z.number().int()),
  /** The default fiscal year of the analytics: the latest with streams. */
  latest_fiscal_year: z.number().int().nullable(),
  agencies: z.array(option),
  sectors: z.array(option),
  regions: z.array(option),
});
export type FilterOptionsResponse = z.infer<typeof filterOptionsResponse>;
