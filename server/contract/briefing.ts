import { z } from 'zod';

// The leadership briefing of one fiscal year (GET /api/briefing, /api/briefing.pdf, the /briefing page): a few
// sections of figures, each figure with the analytic it comes from and the date of the data behind it.

export const briefingQuery = z.object({
  fiscal_year: z.coerce
    .number()
    .int()
    .min(1990)
    .max(2100)
    .optional()
    .describe('the fiscal year briefed (default: the latest fiscal year of any funding stream)'),
});
export type BriefingQuery = z.infer<typeof briefingQuery>;

export const briefingItem = z.object({
  label: z.string(),
  /** The figure as printed ("$16,950,000", "83%", "12"). */
  value: z.string(),
  /** The same figure as a number, for checking; null when there is none. */
  number: z.number().nullable(),
  detail: z.string().nullable(),
  /** The API call the figure comes from, e.g. "/api/analytics/gao-review?fiscal_year=2026". */
  source: z.string(),
  /** The latest `as_of` of the rows behind the figure (null: the rows say none). */
  as_of: z.string().nullable(),
});
export type BriefingItem = z.infer<typeof briefingItem>;

export const briefingSectionIds = [
  'headline',
  'indicators',
  'duplication',
  'competing',
  'gaps',
  'repurpose',
  'changes',
] as const;

export const briefingSection = z.object({
  id: z.enum(briefingSectionIds),
  title: z.string(),
  items: z.array(briefingItem),
  /** Shown when the section has no items, or to qualify them. */
  note: z.string().nullable(),
});
export type BriefingSection = z.infer<typeof briefingSection>;

export const briefingResponse = z.object({
  title: z.string(),
  fiscal_year: z.number().nullable(),
  previous_fiscal_year: z.number().nullable(),
  /** The day the briefing was made (YYYY-MM-DD). */
  made_on: z.string(),
  /** The latest `as_of` of the year's funding streams. */
  data_as_of: z.string().nullable(),
  sections: z.array(briefingSection),
});
export type BriefingResponse = z.infer<typeof briefingResponse>;
