import { z } from 'zod';
import { indicator } from './scorecard.js';
import { agencyWithDepartment, ref } from './refs-and-filters.js';

// GET /api/analytics/changes: what changed from one fiscal year to another ("Year over year"). Not the import
// change-sets of /api/changes (server/contract/changes.ts, "Import history"). Definitions:
// docs/analytics.md#year-over-year.

const year = (what: string) => z.coerce.number().int().min(1990).max(2100).describe(what);

export const yearChangesQuery = z
  .object({
    from: year('the earlier fiscal year, e.g. 2025'),
    to: year('the later fiscal year, e.g. 2026'),
  })
  .refine((query) => query.from < query.to, { message: 'must be after from', path: ['to'] });
export type YearChangesQuery = z.infer<typeof yearChangesQuery>;

export const streamMatches = ['listing_and_name', 'listing', 'name'] as const;

export const yearStream = ref.extend({
  agency: agencyWithDepartment,
  amount: z.number(),
  assistance_listing: z.string().nullable(),
});

export const streamChange = z.object({
  /** Null for a new stream. */
  from: yearStream.nullable(),
  /** Null for an ended stream. */
  to: yearStream.nullable(),
  /** How the two were matched (null: unmatched): same listing and name series, same listing alone, same name series. */
  matched_by: z.enum(streamMatches).nullable(),
  /** to - from (a new stream: its amount; an ended one: minus its amount). */
  change: z.number(),
});
export type StreamChange = z.infer<typeof streamChange>;

export const findingChange = z.object({
  kind: z.enum(['fragmentation', 'overlap', 'duplication']),
  /** The area (fragmentation) or the two programs' names (overlap, duplication). */
  label: z.string(),
  /** The programs' top streams in the year it is found in. */
  stream_ids: z.array(z.string()),
  amount: z.number(),
});
export type FindingChange = z.infer<typeof findingChange>;

export const competingChange = z.object({
  a: ref.extend({ agency: agencyWithDepartment }),
  b: ref.extend({ agency: agencyWithDepartment }),
  combined_amount: z.number(),
});

export const gapChange = z.object({
  solution: ref,
  request_count: z.number(),
  uncovered_amount: z.number().nullable(),
});

const gainedResolved = <T extends z.ZodTypeAny>(item: T) =>
  z.object({ from_count: z.number(), to_count: z.number(), gained: z.array(item), resolved: z.array(item) });

export const indicatorChange = indicator.pick({ id: true, label: true, unit: true, better: true }).extend({
  from: indicator.pick({ value: true, target: true, status: true, detail: true }),
  to: indicator.pick({ value: true, target: true, status: true, detail: true }),
});

export const yearChangesResponse = z.object({
  from: z.number(),
  to: z.number(),
  /** The rule streams are matched across the years by, in words. */
  matching: z.string(),
  /** Each year's money, pass-through counted once. */
  amount: z.object({ from: z.number(), to: z.number() }),
  streams: z.object({
    /** Largest first. */
    new: z.array(streamChange),
    ended: z.array(streamChange),
    /** Largest change first. */
    changed: z.array(streamChange),
    unchanged: z.number(),
  }),
  /** Objectives supported by streams of two or more agencies. */
  duplicated_objectives: gainedResolved(ref),
  /** GAO review findings (each class's findings in the narrowest class). */
  gao_findings: gainedResolved(findingChange),
  /** Release pairs at the competing level. */
  competing_pairs: gainedResolved(competingChange),
  /** Gaps: requested solutions no stream covers well (the gaps analytic). `gained` are gaps opened. */
  gaps: gainedResolved(gapChange),
  /** Each scorecard indicator in both years. */
  indicators: z.array(indicatorChange),
});
export type YearChangesResponse = z.infer<typeof yearChangesResponse>;
