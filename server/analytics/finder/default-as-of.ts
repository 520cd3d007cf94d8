import type { AnalyticsReads } from '../../repositories/analytics-inputs.js';
import { fiscalYearWindow } from '../../domain/fiscal-year.js';

export type AsOfBasis = 'requested' | 'today' | 'fiscal_year_start';

/**
 * The day releases are judged open or upcoming: the one asked for, else today. When every release of the map
 * closed before today (an archived map), today would show nothing, so
 * the first day of the fiscal year being looked at (state FY N starts July 1 of N-1) is used, and said so.
 */
export const resolveAsOf = async (
  reads: AnalyticsReads,
  requested: string | undefined,
  fiscalYear: number | null,
  today: string,
): Promise<{ as_of: string; as_of_basis: AsOfBasis }> => {
  if (requested) return { as_of: requested, as_of_basis: 'requested' };
  const latest = await reads.latestReleaseClose();
  if (fiscalYear === null || !latest || latest >= today) return { as_of: today, as_of_basis: 'today' };
  return { as_of: fiscalYearWindow(fiscalYear).start, as_of_basis: 'fiscal_year_start' };
};
