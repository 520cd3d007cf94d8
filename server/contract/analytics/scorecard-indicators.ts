import { indicatorUnits, type Indicator, type IndicatorId, type IndicatorSetting } from './scorecard.js';

// What each indicator means and its default setting. The toolkit warns against mandated metrics, so none is
// fixed: users hide, reorder and set targets (PUT /api/scorecard/settings); these are only the defaults.

type Definition = Pick<Indicator, 'id' | 'label' | 'description' | 'unit' | 'better'> & { target: number | null };

export const indicatorDefinitions: readonly Definition[] = [
  {
    id: 'requests_with_eligible_stream',
    label: 'Requests with an eligible stream',
    description: 'Share of partnership requests for which at least one funding stream is eligible.',
    unit: indicatorUnits.requests_with_eligible_stream,
    better: 'higher',
    target: 0.8,
  },
  {
    id: 'requested_cost_covered',
    label: 'Requested cost covered',
    description:
      'Share of the requested solutions\u2019 estimated cost that eligible, unobligated money could cover (each solution capped at its cost).',
    unit: indicatorUnits.requested_cost_covered,
    better: 'higher',
    target: null,
  },
  {
    id: 'unmatched_requests',
    label: 'Unmatched requests',
    description: 'Requests for which no funding stream is eligible.',
    unit: indicatorUnits.unmatched_requests,
    better: 'lower',
    target: null,
  },
  {
    id: 'competing_release_pairs',
    label: 'Competing release pairs',
    description:
      'Pairs of releases open at the same time that fund substantially the same kind of project for overlapping applicants (the competing level).',
    unit: indicatorUnits.competing_release_pairs,
    better: 'lower',
    target: 0,
  },
  {
    id: 'duplicated_objectives',
    label: 'Duplicated objectives',
    description: 'Objectives supported by streams of two or more agencies.',
    unit: indicatorUnits.duplicated_objectives,
    better: 'lower',
    target: null,
  },
  {
    id: 'largest_department_share',
    label: 'Aligned dollars from the largest department',
    description:
      'Share of the dollars in streams eligible for at least one request that come from the department with the most.',
    unit: indicatorUnits.largest_department_share,
    better: 'lower',
    target: null,
  },
  {
    id: 'braided_partnerships',
    label: 'Partnerships with braided awards',
    description: 'Partnerships awarded money from two or more funding streams.',
    unit: indicatorUnits.braided_partnerships,
    better: 'higher',
    target: null,
  },
  {
    id: 'utilization',
    label: 'Utilization',
    description: 'Dollars expended over dollars available, for the streams that report expenditure.',
    unit: indicatorUnits.utilization,
    better: 'higher',
    target: null,
  },
];

export const defaultSettings = (): IndicatorSetting[] =>
  indicatorDefinitions.map((definition) => ({ id: definition.id, visible: true, target: definition.target }));

/** Saved settings first, in their order; indicators never saved follow with their defaults. */
export const effectiveSettings = (saved: IndicatorSetting[]): IndicatorSetting[] => [
  ...saved,
  ...defaultSettings().filter((setting) => !saved.some((own) => own.id === setting.id)),
];

export const definitionOf = (id: IndicatorId): Definition =>
  indicatorDefinitions.find((definition) => definition.id === id) as Definition;

export const statusOf = (
  value: number | null,
  target: number | null,
  better: Indicator['better'],
): Indicator['status'] => {
  if (value === null) return 'no_data';
  if (target === null) return 'no_target';
  return (better === 'higher' ? value >= target : value <= target) ? 'met' : 'not_met';
};
