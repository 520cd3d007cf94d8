import type { AnalyticsReads } from '../../repositories/analytics-inputs.js';
import { NotFound } from '../../domain/errors.js';
import type { AppliedFilters, FiltersQuery } from '../../contract/analytics/refs-and-filters.js';
import { ReferenceData } from './reference-data.js';

/** What every analytic starts from: the filters with defaults resolved, and the map's reference tables. */
export interface AnalyticsContext {
  filters: AppliedFilters;
  /** The agency filter as ids (the agency and its divisions); null when not filtered. */
  agencyIds: string[] | null;
  reference: ReferenceData;
}

/**
 * Resolves the filters: no fiscal year means the latest one in the data ("all" means none). An id that names
 * nothing is a 404, not an empty answer that looks like good news.
 */
export const analyticsContext = async (reads: AnalyticsReads, query: FiltersQuery): Promise<AnalyticsContext> => {
  const row = await reads.reference();
  const reference = new ReferenceData(row ?? { agencies: [], objectives: [], sectors: [], regions: [], solutions: [] });
  const missing = (what: string, id: string) => NotFound.of(what, id);
  if (query.agency_id && !reference.hasAgency(query.agency_id)) throw missing('agency', query.agency_id);
  if (query.sector_id && !reference.hasSector(query.sector_id)) throw missing('sector', query.sector_id);
  if (query.region_id && !reference.hasRegion(query.region_id)) throw missing('region', query.region_id);
  const fiscalYear = query.fiscal_year === 'all' ? null : (query.fiscal_year ?? row?.latest_fiscal_year ?? null);
  return {
    filters: {
      fiscal_year: fiscalYear,
      agency_id: query.agency_id ?? null,
      sector_id: query.sector_id ?? null,
      region_id: query.region_id ?? null,
    },
    agencyIds: query.agency_id ? reference.subtree(query.agency_id) : null,
    reference,
  };
};

/** The filters as Cypher parameters. */
export const filterParams = ({ filters, agencyIds }: AnalyticsContext) => ({
  fiscal_year: filters.fiscal_year,
  agency_ids: agencyIds,
  sector_id: filters.sector_id,
  region_id: filters.region_id,
});
