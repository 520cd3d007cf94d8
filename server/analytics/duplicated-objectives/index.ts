import type { AnalyticsReads } from '../../repositories/analytics-inputs.js';
import { filterParams, type AnalyticsContext } from '../shared/context.js';
import type {
  DuplicatedObjective,
  DuplicatedObjectivesResponse,
} from '../../contract/analytics/duplicated-objectives.js';
import { amountCountedOnce } from '../shared/streams.js';

const byConcern = (a: DuplicatedObjective, b: DuplicatedObjective): number =>
  b.department_count - a.department_count ||
  b.agency_count - a.agency_count ||
  b.total_amount - a.total_amount ||
  a.id.localeCompare(b.id);

/**
 * Objectives that streams of two or more agencies support: where effort may be duplicated. With an agency
 * filter, the objectives where that agency (or a division of it) is one of them.
 */
export const findDuplicatedObjectives = async (
  reads: AnalyticsReads,
  context: AnalyticsContext,
): Promise<DuplicatedObjectivesResponse> => {
  const { reference, agencyIds } = context;
  const rows = await reads.duplicatedObjectives(filterParams(context));
  const selected = agencyIds === null ? null : new Set(agencyIds);
  const objectives = rows
    .filter((row) => selected === null || row.agencies.some((agency) => selected.has(agency.agency_id)))
    .map((row): DuplicatedObjective => {
      const streamIds = new Set(row.agencies.flatMap((agency) => agency.streams.map((stream) => stream.id)));
      const agencies = row.agencies.map(({ agency_id, streams }) => ({
        ...reference.agency(agency_id),
        streams,
        amount: streams.reduce((total, stream) => total + stream.amount, 0),
        // Money this agency receives from another stream on the list is already that stream's agency's.
        passed_through_amount: streams
          .filter((stream) => stream.passes_through_id !== null && streamIds.has(stream.passes_through_id))
          .reduce((total, stream) => total + stream.amount, 0),
      }));
      const departments = new Set(agencies.map((agency) => agency.department.id));
      return {
        ...reference.objectiveWithCategory(row.id),
        agency_count: agencies.length,
        department_count: departments.size,
        cross_department: departments.size > 1,
        stream_count: agencies.reduce((count, agency) => count + agency.streams.length, 0),
        total_amount: amountCountedOnce(agencies.flatMap((agency) => agency.streams)),
        agencies,
      };
    });
  return { filters: context.filters, objectives: objectives.sort(byConcern) };
};
