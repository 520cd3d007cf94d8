import { queryOptions, useQuery } from '@tanstack/react-query';
import type { BraidResponse } from '@contract/analytics/braid.js';
import { apiGet } from '../http.js';
import type { WithFigureProvenance } from '@contract/provenance.js';

export interface BraidRequest {
  partnership_id: string;
  solution_id: string;
  cost?: number;
}

export const getBraidPlan = (request: BraidRequest, signal?: AbortSignal) =>
  apiGet<WithFigureProvenance<BraidResponse>>('/analytics/braid', { ...request }, signal);

export const braidPlanQueryOptions = (request: BraidRequest) =>
  queryOptions({ queryKey: ['analytics', 'braid', request], queryFn: ({ signal }) => getBraidPlan(request, signal) });

export const useBraidPlan = (request: BraidRequest | null) =>
  useQuery({ ...braidPlanQueryOptions(request ?? { partnership_id: '', solution_id: '' }), enabled: request !== null });
