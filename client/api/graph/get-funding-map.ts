import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { FundingMap } from '@contract/map.js';
import { apiGet } from '../http.js';

export const getFundingMap = (fiscalYear: number | null, signal?: AbortSignal) =>
  apiGet<FundingMap>('/graph', { fiscal_year: fiscalYear }, signal);

export const fundingMapQueryOptions = (fiscalYear: number | null) =>
  queryOptions({
    queryKey: ['funding-map', fiscalYear],
    queryFn: ({ signal }) => getFundingMap(fiscalYear, signal),
  });

/** Keeps showing the previous year while the next loads, so the time slider replays without blanks. */
export const useFundingMap = (fiscalYear: number | null) =>
  useQuery({ ...fundingMapQueryOptions(fiscalYear), placeholderData: keepPreviousData });
