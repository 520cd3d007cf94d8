import type { AnalyticsReads } from '../../repositories/analytics-inputs.js';
import type { StoredRelease } from '../../repositories/analytics-input-rows.js';
import type { ReleaseSummary } from '../../contract/analytics/competing-releases.js';
import { decodeLinks } from './links.js';
import type { ReferenceData } from './reference-data.js';
import { releaseFiscalYear } from '../../domain/fiscal-year.js';

/** A release as analytics read it: ids only (cypher/analytics/shared/releases.cypher). */
export interface ReleaseRow {
  id: string;
  agency_id: string;
  stream_id: string | null;
  /** Its stream's fiscal year, else the state fiscal year holding `opens`. */
  fiscal_year: number;
  opens: string;
  closes: string;
  amount: number | null;
  objective_ids: string[];
  sector_ids: string[];
  region_ids: string[];
}

export interface ReleaseSelection {
  from?: string | null;
  to?: string | null;
  objective_ids?: string[] | null;
}

const decode = ({ links, ...row }: StoredRelease): ReleaseRow => {
  const { objective_ids, sector_ids, region_ids, stream } = decodeLinks(links);
  return {
    ...row,
    stream_id: stream?.id ?? null,
    fiscal_year: releaseFiscalYear(stream?.fiscal_year, row.opens),
    objective_ids,
    sector_ids,
    region_ids,
  };
};

export const readReleases = async (reads: AnalyticsReads, selection: ReleaseSelection = {}): Promise<ReleaseRow[]> =>
  (await reads.releases({ from: null, to: null, objective_ids: null, ...selection })).map(decode);

/** Releases of the streams whose window has not closed by `asOf`. */
export const readStreamReleases = async (
  reads: AnalyticsReads,
  streamIds: string[],
  asOf: string,
): Promise<ReleaseRow[]> => (streamIds.length === 0 ? [] : (await reads.streamReleases(streamIds, asOf)).map(decode));

export type ReleaseNames = Map<string, { title: string; stream_name: string | null }>;

/** Titles and stream names, read only for the releases about to be shown. */
export const readReleaseNames = async (reads: AnalyticsReads, rows: ReleaseRow[]): Promise<ReleaseNames> => {
  if (rows.length === 0) return new Map();
  const found = await reads.releaseNames([...new Set(rows.map((row) => row.id))]);
  return new Map(found.map(({ id, ...names }) => [id, names]));
};

export const releaseSummary = (row: ReleaseRow, reference: ReferenceData, names: ReleaseNames): ReleaseSummary => {
  const named = names.get(row.id);
  return {
    id: row.id,
    title: named?.title ?? row.id,
    agency: reference.agency(row.agency_id),
    stream: row.stream_id === null ? null : { id: row.stream_id, name: named?.stream_name ?? row.stream_id },
    fiscal_year: row.fiscal_year,
    opens: row.opens,
    closes: row.closes,
    amount: row.amount,
    objective_count: row.objective_ids.length,
    sectors: row.sector_ids.map(reference.sector),
    regions: row.region_ids.map(reference.region),
  };
};
