import type { AnalyticsReads } from '../../repositories/analytics-inputs.js';
import { filterParams, type AnalyticsContext } from '../shared/context.js';
import type { NetworkResponse } from '../../contract/analytics/network.js';
import { networkView } from './view.js';
import { readStreams } from '../shared/streams.js';

/** Funding families across agencies, and which agencies and objectives hold the map together. */
export const findNetwork = async (reads: AnalyticsReads, context: AnalyticsContext): Promise<NetworkResponse> => {
  const { reference } = context;
  const streams = await readStreams(reads, filterParams(context));
  const rows = streams.map((stream) => ({
    stream: { id: stream.id, name: stream.name, amount: stream.amount, passes_through_id: stream.passes_through_id },
    agency: reference.agency(stream.agency_id),
    objectives: stream.objective_ids.map(reference.objective),
  }));
  return { filters: context.filters, ...networkView(rows) };
};
