import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { MoneyFlowResponse } from '@contract/analytics/money-flow.js';
import { filterParams, type AnalyticsFilters } from '../../../api/analytics/analytics-query.js';
import { apiGet } from '../../../api/http.js';
import type { WithFigureProvenance } from '@contract/provenance.js';

export const getMoneyFlow = (filters: AnalyticsFilters, signal?: AbortSignal) =>
  apiGet<WithFigureProvenance<MoneyFlowResponse>>(
    '/analytics/money-flow',
    filterParams({ ...filters, fiscal_year: filters.fiscal_year === 'all' ? undefined : filters.fiscal_year }),
    signal,
  );

export const moneyFlowQueryOptions = (filters: AnalyticsFilters) =>
  queryOptions({
    queryKey: ['analytics', 'money-flow', filters],
    queryFn: ({ signal }) => getMoneyFlow(filters, signal),
  });

export const useMoneyFlow = (filters: AnalyticsFilters) =>
  useQuery({ ...moneyFlowQueryOptions(filters), placeholderData: keepPreviousData });
