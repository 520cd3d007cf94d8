import type { AnalyticsReads } from '../../repositories/analytics-inputs.js';
import type { RequestSummary } from '../../contract/analytics/refs-and-filters.js';
import type { AnalyticsContext } from '../shared/context.js';
import { needOf, OfferIndex } from '../shared/eligibility.js';
import { eligibilityReasons } from '../shared/eligibility-reasons.js';
import { explanationPath } from './explanation-path.js';
import { detailer, nearMissLimit, nearMissOf } from '../gaps/index.js';
import type { FinderProfile } from './profile.js';
import type { CoveredRequest, FoundStream, FinderResponse, UpcomingRelease } from '../../contract/analytics/finder.js';
import { scoreStream } from './score.js';
import { readReleaseNames, readStreamReleases } from '../shared/releases.js';
import { scopeCovers, scopesIntersect } from '../shared/scope.js';
import { moneyReasons } from '../shared/stream-reasons.js';
import { availableOf, readStreams, streamSummary, type StreamDetail, type StreamRow } from '../shared/streams.js';

/** Releases of the streams whose window has not closed by `asOf` and whose scopes intersect the profile's. */
const openReleases = async (
  reads: AnalyticsReads,
  context: AnalyticsContext,
  streamIds: string[],
  profile: FinderProfile['profile'],
  asOf: string,
): Promise<Map<string, UpcomingRelease[]>> => {
  const sectorIds = profile.sectors.map((sector) => sector.id);
  const rows = (await readStreamReleases(reads, streamIds, asOf))
    .filter(
      (row) => scopesIntersect(row.sector_ids, sectorIds) && scopeCovers(row.region_ids, profile.region?.id ?? null),
    )
    .sort((a, b) => a.opens.localeCompare(b.opens) || a.id.localeCompare(b.id));
  const names = await readReleaseNames(reads, rows);
  const byStream = new Map<string, UpcomingRelease[]>();
  for (const row of rows) {
    const { department: _department, ...agency } = context.reference.agency(row.agency_id);
    const { id, opens, closes, amount, stream_id } = row;
    const title = names.get(id)?.title ?? id;
    const release: UpcomingRelease = {
      id,
      title,
      agency,
      opens,
      closes,
      amount,
      status: opens <= asOf ? 'open' : 'upcoming',
    };
    if (stream_id !== null) byStream.set(stream_id, [...(byStream.get(stream_id) ?? []), release]);
  }
  return byStream;
};

const coveredRequest = (
  stream: StreamDetail,
  request: RequestSummary,
  via: string[],
  applicantType: string | null,
): CoveredRequest => ({
  key: request.key,
  solution: request.solution ? { id: request.solution.id, name: request.solution.name } : null,
  objectives: request.objectives.filter((objective) => via.includes(objective.id)),
  priority: request.priority,
  estimated_cost: request.estimated_cost,
  reasons: eligibilityReasons(stream, request, via, applicantType),
  path: explanationPath(stream, request, via),
});

/** Streams eligible for at least one of the profile's requests, best first, each with why and when to apply. */
export const findFunding = async (
  reads: AnalyticsReads,
  context: AnalyticsContext,
  { profile, requests }: FinderProfile,
  { as_of: asOf, as_of_basis }: { as_of: string; as_of_basis: FinderResponse['as_of_basis'] },
): Promise<FinderResponse> => {
  const { fiscal_year, agency_id } = context.filters;
  const applicantType = profile.applicant_type;
  const index = new OfferIndex(await readStreams(reads, { fiscal_year, agency_ids: context.agencyIds }));
  const detail = detailer(context);
  const covers = new Map<StreamRow, Array<{ request: RequestSummary; via: string[] }>>();
  const nearMisses: FinderResponse['near_misses'] = [];
  const eligibleCounts = new Map<string, number>();
  for (const request of requests) {
    const need = needOf(request, applicantType);
    const eligible = index.eligible(need);
    eligibleCounts.set(request.key, eligible.length);
    for (const { offer, conditions } of eligible)
      covers.set(offer, [...(covers.get(offer) ?? []), { request, via: conditions.via }]);
    for (const miss of index.closestMisses(need, nearMissLimit, availableOf))
      nearMisses.push({ request_key: request.key, ...nearMissOf(miss, detail(miss.offer), request, applicantType) });
  }
  const releases = await openReleases(
    reads,
    context,
    [...covers.keys()].map((row) => row.id),
    profile,
    asOf,
  );
  const streams: FoundStream[] = [...covers].map(([row, served]) => {
    const full = detail(row);
    const { score, parts } = scoreStream(
      full,
      served.map(({ request }) => request),
      requests,
    );
    return {
      ...streamSummary(full),
      score,
      score_parts: parts,
      covers: served.map(({ request, via }) => coveredRequest(full, request, via, applicantType)),
      reasons: [`Eligible for ${served.length} of ${requests.length} requests`, ...moneyReasons(full)],
      releases: releases.get(row.id) ?? [],
    };
  });
  streams.sort((a, b) => b.score - a.score || b.available - a.available || a.id.localeCompare(b.id));
  return {
    filters: { fiscal_year, agency_id },
    as_of: asOf,
    as_of_basis,
    profile,
    requests: requests.map((request) => ({ ...request, eligible_stream_count: eligibleCounts.get(request.key) ?? 0 })),
    streams,
    near_misses: nearMisses,
  };
};
