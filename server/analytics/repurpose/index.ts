import type { AnalyticsReads } from '../../repositories/analytics-inputs.js';
import type { RepurposeCandidateRow } from '../../repositories/analytics-input-rows.js';
import { filterParams, type AnalyticsContext } from '../shared/context.js';
import { analyseGaps, type GapAnalysis } from '../gaps/index.js';
import type { HelpableGap, RepurposeCandidate, RepurposeResponse } from '../../contract/analytics/repurpose.js';
import { round4 } from '../shared/rounding.js';
import { dollars, flexibilityText } from '../shared/stream-reasons.js';
import { streamSummary, type StreamDetail } from '../shared/streams.js';

type CandidateRow = RepurposeCandidateRow;

const helpable = (stream: StreamDetail, analysis: GapAnalysis, limit: number): HelpableGap[] =>
  analysis.gaps
    .filter((gap) => gap.gap_score > 0)
    .flatMap((gap) => {
      const shared = gap.objectives.filter((objective) => stream.objectives.some((own) => own.id === objective.id));
      if (shared.length === 0) return [];
      return [
        {
          solution: { id: gap.solution.id, name: gap.solution.name },
          shared_objectives: shared,
          gap_score: gap.gap_score,
          request_count: gap.request_count,
          coverage: gap.coverage,
          uncovered_amount: gap.uncovered_amount,
          already_eligible: gap.eligible_streams.some((eligible) => eligible.id === stream.id),
        },
      ];
    })
    .slice(0, limit);

const reasonsOf = (stream: StreamDetail, row: CandidateRow, threshold: number): string[] => [
  ...(row.utilization !== null && row.utilization < threshold
    ? [
        `${Math.round(row.utilization * 100)}% expended (${dollars(stream.expended ?? 0)} of ${dollars(stream.amount)}), below ${Math.round(threshold * 100)}%`,
      ]
    : []),
  ...(row.unrequested.length > 0
    ? [`Supports ${row.unrequested.map((objective) => objective.name).join(', ')}, which no request advances`]
    : []),
  stream.flexibility === null
    ? 'Flexibility not recorded (not marked restricted)'
    : flexibilityText(stream.flexibility),
];

/** Unrestricted streams that sit idle or fund what nobody asks for, each with the gaps it could help close. */
export const findRepurposeCandidates = async (
  reads: AnalyticsReads,
  context: AnalyticsContext,
  options: { threshold: number; gaps: number },
): Promise<RepurposeResponse> => {
  const { filters } = context;
  const rows = await reads.repurposeCandidates(filterParams(context), options.threshold);
  // Gaps are the state's, whoever's money could close them: the agency filter picks the streams, not the gaps.
  const analysis = await analyseGaps(
    reads,
    { ...context, filters: { ...filters, agency_id: null }, agencyIds: null },
    { explain: false },
  );
  const streams = new Map(analysis.streams.map((row) => [row.id, row]));
  const candidates: RepurposeCandidate[] = rows.flatMap((row) => {
    const found = streams.get(row.id);
    if (!found) return [];
    const stream = analysis.detail(found);
    return [
      {
        ...streamSummary(stream),
        objectives: stream.objectives,
        utilization: row.utilization === null ? null : round4(row.utilization),
        idle_amount: stream.expended === null ? stream.available : Math.max(0, stream.amount - stream.expended),
        under_used: row.utilization !== null && row.utilization < options.threshold,
        unrequested_objectives: row.unrequested,
        reasons: reasonsOf(stream, row, options.threshold),
        could_help: helpable(stream, analysis, options.gaps),
      },
    ];
  });
  // Money passed down is re-purposed where it lands: a stream feeding another candidate gives way to it.
  const feeding = new Set(candidates.flatMap((candidate) => streams.get(candidate.id)?.passes_through_id ?? []));
  const shown = candidates.filter((candidate) => !feeding.has(candidate.id));
  shown.sort((a, b) => b.idle_amount - a.idle_amount || a.id.localeCompare(b.id));
  return { filters, threshold: options.threshold, candidates: shown };
};
