import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { YearChangesResponse } from '@contract/analytics/changes.js';
import { apiGet } from '../../../api/http.js';
import type { WithFigureProvenance } from '@contract/provenance.js';

// Year over year (GET /api/analytics/changes), not the import history of /api/changes.

export const getYearChanges = (from: number, to: number, signal?: AbortSignal) =>
  apiGet<WithFigureProvenance<YearChangesResponse>>('/analytics/changes', { from, to }, signal);

export const yearChangesQueryOptions = (from: number, to: number) =>
  queryOptions({
    queryKey: ['analytics', 'year-over-year', from, to],
    queryFn: ({ signal }) => getYearChanges(from, to, signal),
  });

export const useYearChanges = (years: { from: number; to: number } | null) =>
  useQuery({
    ...yearChangesQueryOptions(years?.from ?? 0, years?.to ?? 0),
    enabled: years !== null,
    placeholderData: keepPreviousData,
  });
