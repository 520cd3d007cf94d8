import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { ScorecardResponse } from '@contract/analytics/scorecard.js';
import { apiGet } from '../http.js';
import { filterParams, type AnalyticsFilters } from './analytics-query.js';
import type { WithFigureProvenance } from '@contract/provenance.js';

export const getScorecard = (filters: AnalyticsFilters, signal?: AbortSignal) =>
  apiGet<WithFigureProvenance<ScorecardResponse>>('/analytics/scorecard', filterParams(filters), signal);

export const scorecardQueryOptions = (filters: AnalyticsFilters) =>
  queryOptions({
    queryKey: ['analytics', 'scorecard', filters],
    queryFn: ({ signal }) => getScorecard(filters, signal),
  });

export const useScorecard = (filters: AnalyticsFilters) =>
  useQuery({ ...scorecardQueryOptions(filters), placeholderData: keepPreviousData });
