import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { GaoReviewResponse } from '@contract/gao-review.js';
import { filterParams, type AnalyticsFilters } from '../../../api/analytics/analytics-query.js';
import { apiGet } from '../../../api/http.js';
import type { WithFigureProvenance } from '@contract/provenance.js';

export const getGaoReview = (filters: AnalyticsFilters, signal?: AbortSignal) =>
  apiGet<WithFigureProvenance<GaoReviewResponse>>(
    '/analytics/gao-review',
    filterParams({ ...filters, fiscal_year: filters.fiscal_year === 'all' ? undefined : filters.fiscal_year }),
    signal,
  );

export const gaoReviewQueryOptions = (filters: AnalyticsFilters) =>
  queryOptions({
    queryKey: ['analytics', 'gao-review', filters],
    queryFn: ({ signal }) => getGaoReview(filters, signal),
  });

export const useGaoReview = (filters: AnalyticsFilters) =>
  useQuery({ ...gaoReviewQueryOptions(filters), placeholderData: keepPreviousData });
