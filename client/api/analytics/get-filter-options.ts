import { queryOptions, useQuery } from '@tanstack/react-query';
import type { FilterOptionsResponse } from '@contract/analytics/filter-options.js';
import { apiGet } from '../http.js';

export const getFilterOptions = (signal?: AbortSignal) =>
  apiGet<FilterOptionsResponse>('/analytics/filter-options', undefined, signal);

export const filterOptionsQueryOptions = () =>
  queryOptions({ queryKey: ['analytics', 'filter-options'], queryFn: ({ signal }) => getFilterOptions(signal) });

/** The fiscal years, agencies, sectors and regions the analytics filter bar offers. */
export const useFilterOptions = () => useQuery(filterOptionsQueryOptions());
