import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { NetworkResponse } from '@contract/analytics/network.js';
import { apiGet } from '../http.js';
import { filterParams, type AnalyticsFilters } from './analytics-query.js';
import type { WithFigureProvenance } from '@contract/provenance.js';

export const getNetwork = (filters: AnalyticsFilters, signal?: AbortSignal) =>
  apiGet<WithFigureProvenance<NetworkResponse>>('/analytics/network', filterParams(filters), signal);

export const networkQueryOptions = (filters: AnalyticsFilters) =>
  queryOptions({ queryKey: ['analytics', 'network', filters], queryFn: ({ signal }) => getNetwork(filters, signal) });

export const useNetwork = (filters: AnalyticsFilters) =>
  useQuery({ ...networkQueryOptions(filters), placeholderData: keepPreviousData });
