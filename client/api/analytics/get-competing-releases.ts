import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { CompetingReleasesResponse } from '@contract/analytics/competing-releases.js';
import { apiGet } from '../http.js';
import { filterParams, type AnalyticsFilters } from './analytics-query.js';
import type { WithFigureProvenance } from '@contract/provenance.js';

/** Which pairs to list: `level` (none: competing and similar), `same_department` (none: both). */
export interface PairChoice {
  level?: 'competing' | 'similar' | 'incidental' | 'all';
  same_department?: 'true' | 'false';
}

export const getCompetingReleases = (filters: AnalyticsFilters, choice: PairChoice = {}, signal?: AbortSignal) =>
  apiGet<WithFigureProvenance<CompetingReleasesResponse>>(
    '/analytics/competing-releases',
    { ...filterParams(filters), ...choice, limit: 500 },
    signal,
  );

export const competingReleasesQueryOptions = (filters: AnalyticsFilters, choice: PairChoice = {}) =>
  queryOptions({
    queryKey: ['analytics', 'competing-releases', filters, choice],
    queryFn: ({ signal }) => getCompetingReleases(filters, choice, signal),
  });

export const useCompetingReleases = (filters: AnalyticsFilters, choice: PairChoice = {}) =>
  useQuery({ ...competingReleasesQueryOptions(filters, choice), placeholderData: keepPreviousData });
