import type { AnalyticsReads } from '../../repositories/analytics-inputs.js';
import type { StoredStream } from '../../repositories/analytics-input-rows.js';
import type { Ref, StreamSummary } from '../../contract/analytics/refs-and-filters.js';
import { decodeLinks } from './links.js';
import type { ReferenceData } from './reference-data.js';
import { scopeCovers } from './scope.js';

/** A funding stream as analytics read it: the stored fields, links decoded to ids (names come from the reference data). */
export interface StreamRow extends Omit<StoredStream, 'links'> {
  objective_ids: string[];
  sector_ids: string[];
  region_ids: string[];
  /** The upstream stream this one's money comes from (passes_through_id). */
  passes_through_id: string | null;
}

export interface StreamSelection {
  fiscal_year: number | null;
  agency_ids: string[] | null;
  sector_id?: string | null;
  region_id?: string | null;
}

/** Streams of the fiscal year and agencies; with a sector or region, those whose scope covers it. */
export const readStreams = async (
  reads: AnalyticsReads,
  { sector_id = null, region_id = null, ...selection }: StreamSelection,
): Promise<StreamRow[]> => {
  const rows = await reads.streams(selection);
  return rows
    .map(({ links, ...row }) => {
      const { objective_ids, sector_ids, region_ids, upstream_id } = decodeLinks(links);
      return { ...row, objective_ids, sector_ids, region_ids, passes_through_id: upstream_id };
    })
    .filter(
      (row) =>
        (sector_id === null || scopeCovers(row.sector_ids, sector_id)) &&
        (region_id === null || scopeCovers(row.region_ids, region_id)),
    )
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
};

/**
 * The money of a set of streams, counting money passed down once: a stream whose upstream stream is in the set
 * is part of the upstream's amount (federal allotment -> state stream -> local allocation), so it is left out.
 */
export const amountCountedOnce = <T extends Pick<StreamRow, 'id' | 'amount' | 'passes_through_id'>>(
  streams: Iterable<T>,
  amountOf: (stream: T) => number = (stream) => stream.amount,
): number => {
  const list = [...streams];
  const ids = new Set(list.map((stream) => stream.id));
  return list.reduce(
    (total, stream) =>
      stream.passes_through_id !== null && ids.has(stream.passes_through_id) ? total : total + amountOf(stream),
    0,
  );
};

/**
 * Streams grouped by the top of their pass-through chain (federal allotment -> state stream -> local allocation
 * is one group, keyed by the allotment), so a chain's money and reach are told once. Stops at a loop.
 */
export const groupByChainTop = <T extends Pick<StreamRow, 'id' | 'passes_through_id'>>(
  streams: readonly T[],
): Map<T, T[]> => {
  const byId = new Map(streams.map((stream) => [stream.id, stream]));
  const topOf = (stream: T): T => {
    const seen = new Set([stream.id]);
    let top = stream;
    for (
      let up = byId.get(top.passes_through_id ?? '');
      up && !seen.has(up.id);
      up = byId.get(up.passes_through_id ?? '')
    ) {
      seen.add(up.id);
      top = up;
    }
    return top;
  };
  const groups = new Map<T, T[]>();
  for (const stream of streams) {
    const top = topOf(stream);
    const group = groups.get(top);
    if (group) group.push(stream);
    else groups.set(top, [stream]);
  }
  return groups;
};

/** What is left to obligate: amount - obligated, an unknown obligation counting as none. */
export const availableOf = (stream: Pick<StreamRow, 'amount' | 'obligated'>): number =>
  Math.max(0, stream.amount - (stream.obligated ?? 0));

export type StreamDetail = StreamSummary & { objectives: Ref[] };

export const streamDetail = (row: StreamRow, reference: ReferenceData): StreamDetail => ({
  id: row.id,
  name: row.name,
  agency: reference.agency(row.agency_id),
  fiscal_year: row.fiscal_year,
  amount: row.amount,
  obligated: row.obligated,
  expended: row.expended,
  available: availableOf(row),
  flexibility: row.flexibility,
  match_percent: row.match_percent,
  eligible_applicants: row.eligible_applicants,
  sectors: row.sector_ids.map(reference.sector),
  regions: row.region_ids.map(reference.region),
  objectives: row.objective_ids.map(reference.objective),
});

/** The summary without the objectives (StreamSummary). */
export const streamSummary = ({ objectives: _objectives, ...summary }: StreamDetail): StreamSummary => summary;
