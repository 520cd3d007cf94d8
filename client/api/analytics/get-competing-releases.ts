import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { CompetingReleasesResponse } from '@contract/analytics/competing-releases.js';
import { apiGet } from '../http.js';
import { filterParams, type AnalyticsFilters } from './analytics-query.js';

export const getCompetingReleases = (filters: AnalyticsFilters, signal?: AbortSignal) =>
  apiGet<CompetingReleasesResponse>('/analytics/competing-releases', { ...filterParams(filters), limit: 500 }, signal);

export const competingReleasesQueryOptions = (filters: AnalyticsFilters) =>
  queryOptions({
    queryKey: ['analytics', 'competing-releases', filters],
    queryFn: ({ signal }) => getCompetingReleases(filters, signal),
  });

export const useCompetingReleases = (filters: AnalyticsFilters) =>
  useQuery({ ...competingReleasesQueryOptions(filters), placeholderData: keepPreviousData });
