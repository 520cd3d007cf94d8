import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { AgencyOverlapResponse } from '@contract/analytics/agency-overlap.js';
import { apiGet } from '../http.js';
import { filterParams, type AnalyticsFilters } from './analytics-query.js';
import type { WithFigureProvenance } from '@contract/provenance.js';

export const getAgencyOverlap = (filters: AnalyticsFilters, signal?: AbortSignal) =>
  apiGet<WithFigureProvenance<AgencyOverlapResponse>>('/analytics/agency-overlap', filterParams(filters), signal);

export const agencyOverlapQueryOptions = (filters: AnalyticsFilters) =>
  queryOptions({
    queryKey: ['analytics', 'agency-overlap', filters],
    queryFn: ({ signal }) => getAgencyOverlap(filters, signal),
  });

export const useAgencyOverlap = (filters: AnalyticsFilters) =>
  useQuery({ ...agencyOverlapQueryOptions(filters), placeholderData: keepPreviousData });
