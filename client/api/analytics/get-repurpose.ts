import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { RepurposeResponse } from '@contract/analytics/repurpose.js';
import { apiGet } from '../http.js';
import { filterParams, type AnalyticsFilters } from './analytics-query.js';
import type { WithFigureProvenance } from '@contract/provenance.js';

export const getRepurpose = (filters: AnalyticsFilters, threshold: number, signal?: AbortSignal) =>
  apiGet<WithFigureProvenance<RepurposeResponse>>(
    '/analytics/repurpose',
    { ...filterParams(filters), threshold, gaps: 3 },
    signal,
  );

export const repurposeQueryOptions = (filters: AnalyticsFilters, threshold: number) =>
  queryOptions({
    queryKey: ['analytics', 'repurpose', filters, threshold],
    queryFn: ({ signal }) => getRepurpose(filters, threshold, signal),
  });

export const useRepurpose = (filters: AnalyticsFilters, threshold: number) =>
  useQuery({ ...repurposeQueryOptions(filters, threshold), placeholderData: keepPreviousData });
