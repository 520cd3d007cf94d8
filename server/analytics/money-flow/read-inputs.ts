import type { AnalyticsReads } from '../../repositories/analytics-inputs.js';
import type { FlowStream } from '../../repositories/analytics-input-rows.js';
import { scopeCovers } from '../shared/scope.js';

export interface FlowSelection {
  fiscal_year: number | null;
  agency_ids: string[] | null;
  sector_id: string | null;
  region_id: string | null;
}

/** The year's streams of the agencies (and divisions), scopes covering the sector and region filters. */
export const readFlowStreams = async (reads: AnalyticsReads, selection: FlowSelection): Promise<FlowStream[]> => {
  const rows = await reads.flowStreams(selection.fiscal_year);
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
