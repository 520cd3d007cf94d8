import type { AnalyticsReads } from '../../repositories/analytics-inputs.js';
import { requestCountsIn } from '../../domain/fiscal-year.js';
import type { RequestSummary } from '../../contract/analytics/refs-and-filters.js';
import type { ReferenceData } from './reference-data.js';

export interface RequestSelection {
  fiscal_year: number | null;
  region_id?: string | null;
  sector_id?: string | null;
  partnership_id?: string | null;
  solution_id?: string | null;
}

/** Requests with what eligibility needs (cypher/analytics/shared/requests.cypher), named from the reference data. */
export const readRequests = async (
  reads: AnalyticsReads,
  reference: ReferenceData,
  selection: RequestSelection,
): Promise<RequestSummary[]> => {
  const { fiscal_year: fiscalYear, ...picked } = selection;
  const rows = await reads.requests({
    region_id: null,
    sector_id: null,
    partnership_id: null,
    solution_id: null,
    ...picked,
  });
  return rows
    .filter((row) => requestCountsIn(row.year, fiscalYear))
    .map((row) => ({
      key: `${row.partnership_id}|${row.solution_id}`,
      partnership: {
        id: row.partnership_id,
        name: row.partnership_name,
        applicant_type: row.applicant_type,
        stage: row.stage,
      },
      region: row.region_id === null ? null : reference.region(row.region_id),
      sectors: row.sector_ids.map(reference.sector),
      solution: reference.solution(row.solution_id),
      objectives: reference.solutionObjectives(row.solution_id),
      priority: row.priority,
      year: row.year,
      estimated_cost: row.estimated_cost,
    }));
};
