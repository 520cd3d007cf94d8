import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { GapsResponse } from '@contract/analytics/gaps.js';
import { apiGet } from '../http.js';
import { filterParams, type AnalyticsFilters } from './analytics-query.js';
import type { WithFigureProvenance } from '@contract/provenance.js';

export const getGaps = (filters: AnalyticsFilters, signal?: AbortSignal) =>
  apiGet<WithFigureProvenance<GapsResponse>>('/analytics/gaps', filterParams(filters), signal);

export const gapsQueryOptions = (filters: AnalyticsFilters) =>
  queryOptions({ queryKey: ['analytics', 'gaps', filters], queryFn: ({ signal }) => getGaps(filters, signal) });

export const useGaps = (filters: AnalyticsFilters) =>
  useQuery({ ...gapsQueryOptions(filters), placeholderData: keepPreviousData });
