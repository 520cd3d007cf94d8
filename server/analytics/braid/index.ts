import type { AnalyticsReads } from '../../repositories/analytics-inputs.js';
import { NotFound } from '../../domain/errors.js';
import type { FiltersQuery, RequestSummary } from '../../contract/analytics/refs-and-filters.js';
import type { Allocation, BraidResponse, BraidStream } from '../../contract/analytics/braid.js';
import { planBraid } from './plan.js';
import type { AnalyticsContext } from '../shared/context.js';
import { needOf, OfferIndex } from '../shared/eligibility.js';
import { round4 } from '../shared/rounding.js';
import { dollars, flexibilityText, matchText } from '../shared/stream-reasons.js';
import { readStreams, streamDetail, type StreamDetail } from '../shared/streams.js';

const cents = (value: number): number => Math.round(value * 100) / 100;

const braidStream = ({ id, name, agency, available, flexibility, match_percent }: StreamDetail): BraidStream => ({
  id,
  name,
  agency,
  available,
  flexibility,
  match_percent,
});

const allocationOf = (stream: BraidStream, share: number, cost: number): Allocation => ({
  ...stream,
  share,
  share_of_cost: cost > 0 ? round4(share / cost) : 0,
  match_owed: cents((share * (stream.match_percent ?? 0)) / 100),
  reasons: [
    `${dollars(share)} of ${dollars(stream.available)} not yet obligated`,
    flexibilityText(stream.flexibility),
    matchText(stream.match_percent),
  ],
});

const unusedReason = (stream: BraidStream, chosenAgencies: string[]): string =>
  stream.available <= 0
    ? 'Nothing left to obligate'
    : chosenAgencies.includes(stream.agency.id)
      ? 'Not needed: more flexible or lower-match money of the same agency covers the cost'
      : 'Not needed: fewer agencies cover the cost';

const explain = (
  request: RequestSummary,
  cost: number | null,
  streams: BraidStream[],
  allocations: Allocation[],
  uncovered: number | null,
): string[] => {
  const what = `${request.solution?.name ?? request.key} for ${request.partnership?.name ?? 'the profile'}`;
  if (cost === null)
    return [`${what} has no estimated cost, so no plan can be sized; pass ?cost= to plan for an amount.`];
  const agencies = [...new Set(streams.map((stream) => stream.agency.id))];
  const total = streams.reduce((sum, stream) => sum + stream.available, 0);
  const chosen = [...new Map(allocations.map((allocation) => [allocation.agency.id, allocation.agency.name])).values()];
  const owed = allocations.reduce((sum, allocation) => sum + allocation.match_owed, 0);
  return [
    `${what} needs ${dollars(cost)}.`,
    `${streams.length} eligible stream${streams.length === 1 ? '' : 's'} from ${agencies.length} agenc${agencies.length === 1 ? 'y' : 'ies'} hold ${dollars(total)} not yet obligated.`,
    uncovered !== null && uncovered > 0
      ? `All eligible money together falls short by ${dollars(uncovered)}.`
      : `The fewest agencies that can cover it: ${chosen.length} (${chosen.join(', ')}).`,
    'Money is drawn from the most flexible, lowest-match streams first.',
    ...(owed > 0 ? [`The partnership owes ${dollars(cents(owed))} in match.`] : []),
  ];
};

/** A combination of eligible streams that covers one request's cost, and what remains if none can. */
export const planBraiding = async (
  reads: AnalyticsReads,
  context: AnalyticsContext,
  request: RequestSummary,
  costOverride?: number,
): Promise<BraidResponse> => {
  const { fiscal_year, agency_id } = context.filters;
  const index = new OfferIndex(await readStreams(reads, { fiscal_year, agency_ids: context.agencyIds }));
  const streams = index
    .eligible(needOf(request))
    .map(({ offer }) => braidStream(streamDetail(offer, context.reference)))
    .sort((a, b) => a.id.localeCompare(b.id));
  const cost = costOverride ?? request.estimated_cost;
  const plan = cost === null ? null : planBraid(streams, cost);
  const allocations =
    plan && cost !== null ? plan.shares.map(({ stream, share }) => allocationOf(stream, share, cost)) : [];
  const used = new Set(allocations.map((allocation) => allocation.id));
  const covered = plan?.covered ?? 0;
  const uncovered = cost === null ? null : Math.max(0, cost - covered);
  return {
    filters: { fiscal_year, agency_id },
    request,
    cost,
    covered_amount: covered,
    uncovered_amount: uncovered,
    fully_covered: uncovered === null ? null : uncovered === 0,
    agency_count: plan?.agencyIds.length ?? 0,
    total_match_owed: cents(allocations.reduce((sum, allocation) => sum + allocation.match_owed, 0)),
    allocations,
    unused: streams
      .filter((stream) => !used.has(stream.id))
      .map((stream) => ({ ...stream, reason: unusedReason(stream, plan?.agencyIds ?? []) })),
    explanation: explain(request, cost, streams, allocations, uncovered),
  };
};

/** A plan is for the fiscal year asked for, else the request's own year, else the latest. */
export const forRequestYear = (
  context: AnalyticsContext,
  asked: FiltersQuery['fiscal_year'],
  request: RequestSummary,
): AnalyticsContext =>
  asked === undefined && request.year !== null
    ? { ...context, filters: { ...context.filters, fiscal_year: request.year } }
    : context;

export const requestNotFound = (partnershipId: string, solutionId: string) =>
  new NotFound(`No request from partnership "${partnershipId}" for solution "${solutionId}".`);
