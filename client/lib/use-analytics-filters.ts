import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { AnalyticsFilters } from '../api/analytics/analytics-query.js';

// The filters every analytics view shares, kept in the URL (fy, agency, sector, region) so a link
// reproduces the view. Other parameters of a view are left alone.

const names = { fiscal_year: 'fy', agency_id: 'agency', sector_id: 'sector', region_id: 'region' } as const;

export const parseAnalyticsFilters = (params: URLSearchParams): AnalyticsFilters => {
  const filters: AnalyticsFilters = {};
  const year = params.get(names.fiscal_year);
  if (year === 'all') filters.fiscal_year = 'all';
  else if (year && /^\d{4}$/.test(year)) filters.fiscal_year = Number(year);
  for (const key of ['agency_id', 'sector_id', 'region_id'] as const) {
    const value = params.get(names[key]);
    if (value) filters[key] = value;
  }
  return filters;
};

export const useAnalyticsFilters = (): [AnalyticsFilters, (change: Partial<AnalyticsFilters>) => void] => {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => parseAnalyticsFilters(params), [params]);
  const update = useCallback(
    (change: Partial<AnalyticsFilters>) =>
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          for (const [key, value] of Object.entries(change)) {
            const name = names[key as keyof AnalyticsFilters];
            if (value === undefined || value === '') next.delete(name);
            else next.set(name, String(value));
          }
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  return [filters, update];
};

/** A view's own URL parameter (e.g. the selected row), alongside the shared filters. */
export const useUrlParam = (name: string): [string | null, (value: string | null, push?: boolean) => void] => {
  const [params, setParams] = useSearchParams();
  const set = useCallback(
    (value: string | null, push = false) =>
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          if (value === null || value === '') next.delete(name);
          else next.set(name, value);
          return next;
        },
        { replace: !push },
      ),
    [name, setParams],
  );
  return [params.get(name), set];
};
