import type { MoneyFlowResponse } from '../../contract/analytics/money-flow.js';
import type { AnalyticsReads } from '../../repositories/analytics-inputs.js';
import { filterParams, type AnalyticsContext } from '../shared/context.js';
import { computeFlow } from './flow.js';
import { readFlowStreams } from './read-inputs.js';

// GET /api/analytics/money-flow: read the year's streams and awards, draw the bands, name the nodes.

export const findMoneyFlow = async (reads: AnalyticsReads, context: AnalyticsContext): Promise<MoneyFlowResponse> => {
  const { reference } = context;
  const params = filterParams(context);
  const streams = await readFlowStreams(reads, {
    fiscal_year: params.fiscal_year,
    agency_ids: params.agency_ids,
    sector_id: params.sector_id,
    region_id: params.region_id,
  });
  const flow = computeFlow(streams, {
    department: (agencyId) => reference.department(agencyId),
    agency: (agencyId) => reference.agency(agencyId).name,
    objective: (objectiveId) => reference.objective(objectiveId).name,
  });
  return {
    filters: context.filters,
    summary: {
      amount: flow.amount,
      streams: streams.length,
      passed_through: flow.passedThrough,
      awarded: flow.awarded,
    },
    nodes: flow.nodes,
    links: flow.links,
  };
};
