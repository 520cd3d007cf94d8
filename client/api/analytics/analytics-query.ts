import type { QueryValue } from '../http.js';

/** The filters every analytic takes (fiscal_year, agency_id, sector_id, region_id), as the URL carries them. */
export interface AnalyticsFilters {
  fiscal_year?: number | 'all';
  agency_id?: string;
  sector_id?: string;
  region_id?: string;
}

export const filterParams = (filters: AnalyticsFilters): Record<string, QueryValue> => ({ ...filters });
