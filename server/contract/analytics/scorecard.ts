import { z } from 'zod';
import { appliedFilters } from './refs-and-filters.js';

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

export type IndicatorUnit = 'share' | 'count';

/** What each indicator measures in: a share (0-1) or a count. Its target is judged in the same unit. */
export const indicatorUnits: Record<IndicatorId, IndicatorUnit> = {
  requests_with_eligible_stream: 'share',
  requested_cost_covered: 'share',
  unmatched_requests: 'count',
  competing_release_pairs: 'count',
  duplicated_objectives: 'count',
  largest_department_share: 'share',
  braided_partnerships: 'count',
  utilization: 'share',
};

export const targetRule: Record<IndicatorUnit, string> = {
  share: 'must be a share from 0 to 1 (0% to 100%), or null for no target',
  count: 'must be a whole number of at least 0, or null for no target',
};

const validTarget = (unit: IndicatorUnit, target: number): boolean =>
  unit === 'share' ? target >= 0 && target <= 1 : Number.isInteger(target) && target >= 0;

export const indicatorSetting = z
  .object({
    id: indicatorId,
    visible: z.boolean(),
    /** The user's own target; null: none. Shares are 0-1, counts whole numbers. */
    target: z.number().nullable(),
  })
  // A target out of its unit's range is refused, never clamped: a silently changed target misleads.
  .superRefine((setting, context) => {
    const unit = indicatorUnits[setting.id];
    if (setting.target !== null && !validTarget(unit, setting.target))
      context.addIssue({ code: 'custom', path: ['target'], message: targetRule[unit] });
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
  unit: z.enum(['share', 'count'] as const satisfies readonly IndicatorUnit[]),
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
