import type { AnalyticsReads } from '../../repositories/analytics-inputs.js';
import type { RequestSummary } from '../../contract/analytics/refs-and-filters.js';
import type { AnalyticsContext } from '../shared/context.js';
import { needOf, OfferIndex, type Candidate } from '../shared/eligibility.js';
import { failedConditions, nearMissReason, unmatchedReason } from '../shared/eligibility-reasons.js';
import type { Gap, GapsResponse, NearMiss, UnmatchedRequest } from '../../contract/analytics/gaps.js';
import { readRequests } from '../shared/requests.js';
import { round4 } from '../shared/rounding.js';
import { availableOf, readStreams, streamDetail, type StreamDetail, type StreamRow } from '../shared/streams.js';

/** Near misses shown per unmatched request: the closest ones (fewest failed conditions, most money). */
export const nearMissLimit = 5;

/** The gaps answer plus what it was computed from, for analytics built on top of it. */
export interface GapAnalysis extends GapsResponse {
  requests: RequestSummary[];
  /** The streams read (fiscal year and agency filters). */
  streams: StreamRow[];
  /** Eligible streams by request key. */
  eligible: Map<string, Candidate<StreamRow>[]>;
  detail: (stream: StreamRow) => StreamDetail;
}

const buildGap = (requests: RequestSummary[], analysis: Pick<GapAnalysis, 'eligible' | 'detail'>): Gap => {
  const perStream = new Map<StreamRow, number>();
  for (const request of requests)
    for (const { offer } of analysis.eligible.get(request.key) ?? [])
      perStream.set(offer, (perStream.get(offer) ?? 0) + 1);
  const eligibleStreams = [...perStream]
    .map(([row, count]) => {
      const { id, name, agency, amount, available, flexibility, match_percent } = analysis.detail(row);
      return { id, name, agency, amount, available, flexibility, match_percent, request_count: count };
    })
    .sort((a, b) => b.available - a.available || a.id.localeCompare(b.id));
  const eligibleAmount = eligibleStreams.reduce((total, stream) => total + stream.available, 0);
  const knownCosts = requests.flatMap((request) => (request.estimated_cost === null ? [] : [request.estimated_cost]));
  const estimatedCost = knownCosts.reduce((total, cost) => total + cost, 0);
  const coverage = estimatedCost > 0 ? round4(eligibleAmount / estimatedCost) : null;
  const unmatchedCount = requests.filter((request) => (analysis.eligible.get(request.key) ?? []).length === 0).length;
  const shortfall =
    coverage === null
      ? eligibleStreams.length === 0
        ? requests.length
        : 0
      : requests.length * (1 - Math.min(coverage, 1));
  const first = requests[0] as RequestSummary;
  return {
    solution: first.solution ?? { id: first.key, name: first.key, category: null },
    objectives: first.objectives,
    request_count: requests.length,
    partnerships: requests.map((request) => ({
      id: request.partnership?.id ?? request.key,
      name: request.partnership?.name ?? request.key,
      region: request.region,
      priority: request.priority,
      estimated_cost: request.estimated_cost,
      eligible_stream_count: (analysis.eligible.get(request.key) ?? []).length,
    })),
    estimated_cost: estimatedCost,
    cost_known: knownCosts.length === requests.length,
    eligible_streams: eligibleStreams,
    eligible_amount: eligibleAmount,
    coverage,
    uncovered_amount: estimatedCost > 0 ? Math.max(0, estimatedCost - eligibleAmount) : null,
    unmatched_count: unmatchedCount,
    gap_score: round4(Math.max(unmatchedCount, shortfall)),
  };
};

const byGapScore = (a: Gap, b: Gap): number =>
  b.gap_score - a.gap_score ||
  b.request_count - a.request_count ||
  (b.uncovered_amount ?? 0) - (a.uncovered_amount ?? 0) ||
  a.solution.id.localeCompare(b.solution.id);

const byUrgency = (a: RequestSummary, b: RequestSummary): number =>
  (a.priority ?? 6) - (b.priority ?? 6) || a.key.localeCompare(b.key);

export const nearMissOf = (
  candidate: Candidate<StreamRow>,
  detail: StreamDetail,
  request: RequestSummary,
  applicantType?: string | null,
): NearMiss => {
  const fails = failedConditions(candidate.conditions);
  return {
    id: detail.id,
    name: detail.name,
    agency: detail.agency,
    fails,
    reason: nearMissReason(detail, request, fails, applicantType),
  };
};

const groupBySolution = (requests: RequestSummary[]): RequestSummary[][] => {
  const groups = new Map<string, RequestSummary[]>();
  for (const request of requests) {
    const id = request.solution?.id ?? request.key;
    const group = groups.get(id);
    if (group) group.push(request);
    else groups.set(id, [request]);
  }
  return [...groups.values()];
};

/** A memo of stream details: analytics name only the streams they show. */
export const detailer = (context: AnalyticsContext) => {
  const details = new Map<StreamRow, StreamDetail>();
  return (row: StreamRow): StreamDetail => {
    const known = details.get(row);
    if (known) return known;
    const detail = streamDetail(row, context.reference);
    details.set(row, detail);
    return detail;
  };
};

/**
 * Every requested solution with the money eligible for it, and the requests no stream is eligible for.
 * Partnerships are filtered by region and sector; streams by fiscal year and agency. Analytics that only
 * count unmatched requests skip explaining them (`explain: false`).
 */
export const analyseGaps = async (
  reads: AnalyticsReads,
  context: AnalyticsContext,
  { explain = true } = {},
): Promise<GapAnalysis> => {
  const { filters, agencyIds } = context;
  const requests = await readRequests(reads, context.reference, filters);
  const streams = await readStreams(reads, { fiscal_year: filters.fiscal_year, agency_ids: agencyIds });
  const index = new OfferIndex(streams);
  const eligible = new Map(requests.map((request) => [request.key, index.eligible(needOf(request))]));
  const detail = detailer(context);
  const gaps = groupBySolution(requests)
    .map((group) => buildGap(group, { eligible, detail }))
    .sort(byGapScore);
  const unmatched: UnmatchedRequest[] = requests
    .filter((request) => (eligible.get(request.key) ?? []).length === 0)
    .sort(byUrgency)
    .map((request) => {
      if (!explain) return { ...request, reason: '', near_misses: [] };
      const need = needOf(request);
      const shown = index
        .closestMisses(need, nearMissLimit, availableOf)
        .map((miss) => nearMissOf(miss, detail(miss.offer), request));
      const count = index.supportCount(need.objective_ids);
      return {
        ...request,
        reason: unmatchedReason(
          request,
          count,
          shown.map((miss) => miss.reason),
          filters.fiscal_year,
        ),
        near_misses: shown,
      };
    });
  return { filters, gaps, unmatched_requests: unmatched, requests, streams, eligible, detail };
};

export const findGaps = async (reads: AnalyticsReads, context: AnalyticsContext): Promise<GapsResponse> => {
  const { filters, gaps, unmatched_requests } = await analyseGaps(reads, context);
  return { filters, gaps, unmatched_requests };
};
