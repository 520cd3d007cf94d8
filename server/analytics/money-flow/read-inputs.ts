import type { Tx } from '../../db/database.js';
import { scopeCovers } from '../shared/scope.js';

export interface FlowAward {
  partnership_id: string;
  partnership_name: string;
  amount: number;
}

/** A stream as the money flow draws it: ids only (names come from the reference data). */
export interface FlowStream {
  id: string;
  name: string;
  source: string;
  agency_id: string;
  amount: number;
  passes_through_id: string | null;
  objective_ids: string[];
  sector_ids: string[];
  region_ids: string[];
  awards: FlowAward[];
}

export interface FlowSelection {
  fiscal_year: number | null;
  agency_ids: string[] | null;
  sector_id: string | null;
  region_id: string | null;
}

/** The year's streams of the agencies (and divisions), scopes covering the sector and region filters. */
export const readFlowStreams = async (tx: Tx, selection: FlowSelection): Promise<FlowStream[]> => {
  const rows = await tx.run<FlowStream>('analytics/money-flow/streams', { fiscal_year: selection.fiscal_year });
  const agencies = selection.agency_ids === null ? null : new Set(selection.agency_ids);
  return rows
    .filter(
      (row) =>
        (agencies === null || agencies.has(row.agency_id)) &&
        (selection.sector_id === null || scopeCovers(row.sector_ids, selection.sector_id)) &&
        (selection.region_id === null || scopeCovers(row.region_ids, selection.region_id)),
    )
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
};
