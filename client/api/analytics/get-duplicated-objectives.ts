import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { DuplicatedObjectivesResponse } from '@contract/analytics/duplicated-objectives.js';
import { apiGet } from '../http.js';
import { filterParams, type AnalyticsFilters } from './analytics-query.js';
import type { WithFigureProvenance } from '@contract/provenance.js';

export const getDuplicatedObjectives = (filters: AnalyticsFilters, signal?: AbortSignal) =>
  apiGet<WithFigureProvenance<DuplicatedObjectivesResponse>>(
    '/analytics/duplicated-objectives',
    filterParams(filters),
    signal,
  );

export const duplicatedObjectivesQueryOptions = (filters: AnalyticsFilters) =>
  queryOptions({
    queryKey: ['analytics', 'duplicated-objectives', filters],
    queryFn: ({ signal }) => getDuplicatedObjectives(filters, signal),
  });

export const useDuplicatedObjectives = (filters: AnalyticsFilters) =>
  useQuery({ ...duplicatedObjectivesQueryOptions(filters), placeholderData: keepPreviousData });
