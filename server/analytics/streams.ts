import type { Tx } from '../db/database.js';
import type { Ref, StreamSummary } from './common.schema.js';
import { decodeLinks } from './links.js';
import type { ReferenceData } from './reference-data.js';
import { scopeCovers } from './scope.js';

/** A funding stream as analytics read it: ids only (names come from the reference data). */
export interface StreamRow {
  id: string;
  name: string;
  agency_id: string;
  fiscal_year: number;
  amount: number;
  obligated: number | null;
  expended: number | null;
  flexibility: StreamSummary['flexibility'];
  match_percent: number | null;
  eligible_applicants: string[];
  objective_ids: string[];
  sector_ids: string[];
  region_ids: string[];
}

export interface StreamSelection {
  fiscal_year: number | null;
  agency_ids: string[] | null;
  sector_id?: string | null;
  region_id?: string | null;
}

type StoredStream = Omit<StreamRow, 'objective_ids' | 'sector_ids' | 'region_ids'> & { links: string[] };

/** Streams of the fiscal year and agencies; with a sector or region, those whose scope covers it. */
export const readStreams = async (
  tx: Tx,
  { sector_id = null, region_id = null, ...selection }: StreamSelection,
): Promise<StreamRow[]> => {
  const rows = await tx.run<StoredStream>('analytics/input/streams', selection);
  return rows
    .map(({ links, ...row }) => {
      const { objective_ids, sector_ids, region_ids } = decodeLinks(links);
      return { ...row, objective_ids, sector_ids, region_ids };
    })
    .filter(
      (row) =>
        (sector_id === null || scopeCovers(row.sector_ids, sector_id)) &&
        (region_id === null || scopeCovers(row.region_ids, region_id)),
    )
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
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
