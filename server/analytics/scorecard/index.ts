import type { AnalyticsReads } from '../../repositories/analytics-inputs.js';
import { filterParams, type AnalyticsContext } from '../shared/context.js';
import { findCompetingReleases } from '../competing-releases/index.js';
import { findDuplicatedObjectives } from '../duplicated-objectives/index.js';
import { analyseGaps, type GapAnalysis } from '../gaps/index.js';
import { round4 } from '../shared/rounding.js';
import type { Indicator, IndicatorId, ScorecardResponse } from '../../contract/analytics/scorecard.js';
import { definitionOf, statusOf } from '../../contract/analytics/scorecard-indicators.js';
import type { ScorecardFigures } from '../../repositories/analytics-input-rows.js';
import { scopeCovers } from '../shared/scope.js';
import { dollars } from '../shared/stream-reasons.js';
import { amountCountedOnce } from '../shared/streams.js';

type Measure = { value: number | null; detail: string };

const share = (part: number, whole: number): number | null => (whole > 0 ? round4(part / whole) : null);

/** Dollars in streams eligible for at least one request, by department (passed-down money counted once). */
const largestDepartment = (analysis: GapAnalysis): Measure => {
  const aligned = [...new Set([...analysis.eligible.values()].flat().map((candidate) => candidate.offer))];
  const ids = new Set(aligned.map((stream) => stream.id));
  const byDepartment = new Map<string, { name: string; amount: number }>();
  for (const row of aligned.filter(
    (stream) => stream.passes_through_id === null || !ids.has(stream.passes_through_id),
  )) {
    const { department: own } = analysis.detail(row).agency;
    const department = byDepartment.get(own.id) ?? { name: own.name, amount: 0 };
    department.amount += row.amount;
    byDepartment.set(own.id, department);
  }
  const total = amountCountedOnce(aligned);
  const [top] = [...byDepartment.values()].sort((a, b) => b.amount - a.amount);
  if (!top) return { value: null, detail: 'No stream is eligible for any request' };
  return {
    value: share(top.amount, total),
    detail: `${top.name}: ${dollars(top.amount)} of ${dollars(total)} aligned`,
  };
};

/** Each indicator's measurement; the shared inputs are read once and only when a visible indicator needs them. */
const measurements = (
  reads: AnalyticsReads,
  context: AnalyticsContext,
): Record<IndicatorId, () => Promise<Measure>> => {
  let gaps: Promise<GapAnalysis> | undefined;
  let figures: Promise<ScorecardFigures> | undefined;
  const gapAnalysis = () => (gaps ??= analyseGaps(reads, context, { explain: false }));
  const mapFigures = () =>
    (figures ??= reads.scorecardFigures(filterParams(context)).then((row) => row as ScorecardFigures));
  return {
    requests_with_eligible_stream: async () => {
      const { requests, unmatched_requests } = await gapAnalysis();
      const matched = requests.length - unmatched_requests.length;
      return { value: share(matched, requests.length), detail: `${matched} of ${requests.length} requests` };
    },
    requested_cost_covered: async () => {
      const costed = (await gapAnalysis()).gaps.filter((gap) => gap.estimated_cost > 0);
      const cost = costed.reduce((total, gap) => total + gap.estimated_cost, 0);
      const covered = costed.reduce((total, gap) => total + Math.min(gap.eligible_amount, gap.estimated_cost), 0);
      return { value: share(covered, cost), detail: `${dollars(covered)} of ${dollars(cost)} requested` };
    },
    unmatched_requests: async () => {
      const { requests, unmatched_requests } = await gapAnalysis();
      return {
        value: requests.length > 0 ? unmatched_requests.length : null,
        detail: `${unmatched_requests.length} of ${requests.length} requests`,
      };
    },
    competing_release_pairs: async () => {
      const { counts } = await findCompetingReleases(reads, context, { from: null, to: null }, 0);
      return {
        value: counts.competing,
        detail: `${counts.competing} competing pairs of releases open at the same time (${counts.similar} more similar, ${counts.incidental} incidental)`,
      };
    },
    duplicated_objectives: async () => {
      const { objectives } = await findDuplicatedObjectives(reads, context);
      const across = objectives.filter((objective) => objective.cross_department).length;
      return { value: objectives.length, detail: `${across} span two or more departments` };
    },
    largest_department_share: async () => largestDepartment(await gapAnalysis()),
    braided_partnerships: async () => {
      const { braided, partnerships } = await mapFigures();
      return { value: partnerships > 0 ? braided : null, detail: `${braided} of ${partnerships} partnerships` };
    },
    utilization: async () => {
      const { sector_id, region_id } = context.filters;
      const reporting = (await gapAnalysis()).streams.filter(
        (stream) =>
          stream.expended !== null &&
          (sector_id === null || scopeCovers(stream.sector_ids, sector_id)) &&
          (region_id === null || scopeCovers(stream.region_ids, region_id)),
      );
      const expended = amountCountedOnce(reporting, (stream) => stream.expended ?? 0);
      const amount = amountCountedOnce(reporting);
      return {
        value: share(expended, amount),
        detail: `${dollars(expended)} expended of ${dollars(amount)} in ${reporting.length} streams reporting`,
      };
    },
  };
};

/** The alignment indicators the user chose to show, with their own targets. */
export const computeScorecard = async (
  reads: AnalyticsReads,
  context: AnalyticsContext,
): Promise<ScorecardResponse> => {
  const settings = await reads.scorecardSettings();
  const measure = measurements(reads, context);
  const indicators: Indicator[] = [];
  for (const setting of settings.filter((candidate) => candidate.visible)) {
    const definition = definitionOf(setting.id);
    const { value, detail } = await measure[setting.id]();
    const { target: _default, ...shown } = definition;
    indicators.push({
      ...shown,
      value,
      detail,
      target: setting.target,
      status: statusOf(value, setting.target, definition.better),
    });
  }
  const hidden = settings
    .filter((setting) => !setting.visible)
    .map((setting) => ({ id: setting.id, label: definitionOf(setting.id).label }));
  return { filters: context.filters, indicators, hidden };
};
