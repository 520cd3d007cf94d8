import type { Database } from '../db/database.js';
import type { FilterOptionsResponse } from '../contract/analytics/filter-options.js';
import { readFiscalYears } from './funding-map-repository.js';

type Option = FilterOptionsResponse['agencies'][number];

/** The fiscal years and the agencies, sectors and regions an analytic can be narrowed to, in one read. */
export const readFilterOptions = (db: Database): Promise<FilterOptionsResponse> =>
  db.readTransaction(async (tx) => {
    const { years, latestStreamYear } = await readFiscalYears(tx);
    const [options] = await tx.run<{ agencies: Option[]; sectors: Option[]; regions: Option[] }>(
      'analytics/filter-options/choices',
    );
    return {
      fiscal_years: years,
      latest_fiscal_year: latestStreamYear ?? years.at(-1) ?? null,
      agencies: options?.agencies ?? [],
      sectors: options?.sectors ?? [],
      regions: options?.regions ?? [],
    };
  });
