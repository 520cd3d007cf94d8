import type { AnalyticsReads } from '../../repositories/analytics-inputs.js';
import { Invalid, NotFound } from '../../domain/errors.js';
import type { Ref, RequestSummary } from '../../contract/analytics/refs-and-filters.js';
import type { AnalyticsContext } from '../shared/context.js';
import { readRequests } from '../shared/requests.js';
import type { AdHocProfileRow } from '../../repositories/analytics-input-rows.js';
import type { AdHocFinderQuery, FinderResponse } from '../../contract/analytics/finder.js';

// Who is asking: a partnership on record (its requests), or an ad-hoc profile built from the query.

export interface FinderProfile {
  profile: FinderResponse['profile'];
  requests: RequestSummary[];
}

export const partnershipProfile = async (
  reads: AnalyticsReads,
  context: AnalyticsContext,
  partnershipId: string,
): Promise<FinderProfile> => {
  const found = await reads.partnershipProfile(partnershipId);
  if (!found) throw NotFound.of('partnership', partnershipId);
  const requests = await readRequests(reads, context.reference, {
    fiscal_year: context.filters.fiscal_year,
    partnership_id: partnershipId,
  });
  return { profile: found, requests };
};

const missing = (what: string, wanted: string[], found: Ref[]): void => {
  const unknown = wanted.filter((id) => !found.some((ref) => ref.id === id));
  if (unknown.length > 0) throw new NotFound(`No ${what} ${unknown.map((id) => `"${id}"`).join(', ')}.`);
};

/** One request per solution wanted, and one per objective wanted, as if a partnership had asked for them. */
export const adHocProfile = async (reads: AnalyticsReads, query: AdHocFinderQuery): Promise<FinderProfile> => {
  const wanted = {
    region_id: query.region_id,
    sector_ids: query.sector_ids ?? [],
    solution_ids: query.solution_ids ?? [],
    objective_ids: query.objective_ids ?? [],
  };
  if (wanted.solution_ids.length === 0 && wanted.objective_ids.length === 0)
    throw new Invalid('Name at least one solution (solution_ids) or objective (objective_ids).');
  const found = (await reads.adHocProfile(wanted)) as AdHocProfileRow;
  missing('region', [wanted.region_id], found.regions);
  missing('sector', wanted.sector_ids, found.sectors);
  missing('solution', wanted.solution_ids, found.solutions);
  missing('objective', wanted.objective_ids, found.objectives);
  const base = {
    partnership: null,
    region: found.regions[0] ?? null,
    sectors: found.sectors,
    priority: null,
    year: null,
    estimated_cost: null,
  };
  const requests: RequestSummary[] = [
    ...found.solutions.map(({ objectives, ...solution }) => ({
      ...base,
      key: `ad-hoc|${solution.id}`,
      solution,
      objectives,
    })),
    ...found.objectives.map((objective) => ({
      ...base,
      key: `ad-hoc|objective:${objective.id}`,
      solution: null,
      objectives: [objective],
    })),
  ];
  const applicantType = query.applicant_type ?? null;
  return {
    profile: { partnership: null, region: base.region, sectors: found.sectors, applicant_type: applicantType },
    requests,
  };
};
