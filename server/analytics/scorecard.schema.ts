import { z } from 'zod';
import { appliedFilters } from './common.schema.js';

export const indicatorIds = [
  'requests_with_eligible_stream',
  'requested_cost_covered',
  'unmatched_requests',
  'competing_release_pairs',
  'duplicated_objectives',
  'largest_department_share',
  'braided_partnerships',
  'utilization',
] as const;
export const indicatorId = z.enum(indicatorIds);
export type IndicatorId = z.infer<typeof indicatorId>;

export const indicatorSetting = z.object({
  id: indicatorId,
  visible: z.boolean(),
  /** The user's own target; null: none. Shares are 0-1, counts whole numbers. */
  target: z.number().nullable(),
});
export type IndicatorSetting = z.infer<typeof indicatorSetting>;

/** Saved settings: the indicators in display order. Indicators left out keep their defaults, after the others. */
export const scorecardSettings = z.object({
  indicators: z.array(indicatorSetting).refine((list) => new Set(list.map((item) => item.id)).size === list.length, {
    message: 'names an indicator twice',
  }),
});
export type ScorecardSettings = z.infer<typeof scorecardSettings>;

export const indicator = z.object({
  id: indicatorId,
  label: z.string(),
  description: z.string(),
  unit: z.enum(['share', 'count']),
  /** Which way is better. */
  better: z.enum(['higher', 'lower']),
  /** Null when there is nothing to measure (e.g. no requests). */
  value: z.number().nullable(),
  /** The figures behind the value, in words. */
  detail: z.string(),
  target: z.number().nullable(),
  status: z.enum(['met', 'not_met', 'no_target', 'no_data']),
});
export type Indicator = z.infer<typeof indicator>;

export const scorecardResponse = z.object({
  filters: appliedFilters,
  /** The visible indicators, in the saved order. */
  indicators: z.array(indicator),
  /** Indicators the settings hide. */
  hidden: z.array(indicator.pick({ id: true, label: true })),
});
export type ScorecardResponse = z.infer<typeof scorecardResponse>;
