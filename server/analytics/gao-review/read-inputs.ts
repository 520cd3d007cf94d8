import type { AnalyticsReads } from '../../repositories/analytics-inputs.js';
import type { Ref } from '../../contract/analytics/refs-and-filters.js';
import type { StoredReviewStream } from '../../repositories/analytics-input-rows.js';
import { scopeCovers } from '../shared/scope.js';

/** A stream as the review compares it: ids only (names come from the reference data and the term tables). */
export interface ReviewStream {
  id: string;
  name: string;
  agency_id: string;
  amount: number;
  passes_through_id: string | null;
  objective_ids: string[];
  sector_ids: string[];
  region_ids: string[];
  beneficiary_ids: string[];
  activity_ids: string[];
}

export interface ReviewInputs {
  streams: ReviewStream[];
  beneficiaries: Map<string, Ref>;
  activities: Map<string, Ref>;
}

const decode = ({ links, ...row }: StoredReviewStream): ReviewStream => {
  const stream: ReviewStream = {
    ...row,
    objective_ids: [],
    sector_ids: [],
    region_ids: [],
    beneficiary_ids: [],
    activity_ids: [],
  };
  const lists: Record<string, string[]> = {
    o: stream.objective_ids,
    s: stream.sector_ids,
    r: stream.region_ids,
    b: stream.beneficiary_ids,
    a: stream.activity_ids,
  };
  for (const link of links) {
    const bar = link.indexOf('|');
    const kind = link.slice(0, bar);
    const id = link.slice(bar + 1);
    lists[kind]?.push(id);
  }
  for (const list of Object.values(lists)) list.sort();
  return stream;
};

const byId = (rows: Ref[]): Map<string, Ref> => new Map(rows.map((row) => [row.id, row]));

/** The year's streams (with a sector or region filter, those whose scope covers it) and the term tables. */
export const readReviewInputs = async (
  reads: AnalyticsReads,
  filters: { fiscal_year: number | null; sector_id: string | null; region_id: string | null },
): Promise<ReviewInputs> => {
  const rows = await reads.reviewStreams(filters.fiscal_year);
  const terms = await reads.reviewTerms();
  const streams = rows
    .map(decode)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .filter(
      (stream) =>
        (filters.sector_id === null || scopeCovers(stream.sector_ids, filters.sector_id)) &&
        (filters.region_id === null || scopeCovers(stream.region_ids, filters.region_id)),
    );
  return {
    streams,
    beneficiaries: byId(terms?.beneficiaries ?? []),
    activities: byId(terms?.activities ?? []),
  };
};
