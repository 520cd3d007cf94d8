import { describeFigures } from '../../analytics/shared/figure-provenance.js';
import type { AnalyticName } from '../../contract/figures.js';
import type { FigureProvenance } from '../../contract/provenance.js';
import type { AnalyticsReads } from '../../repositories/analytics-inputs.js';

/** An analytic's answer with the provenance of each of its figures, read in the same transaction. */
export const withProvenance = async <T extends object>(
  reads: AnalyticsReads,
  analytic: AnalyticName,
  answer: T,
): Promise<T & { provenance: FigureProvenance[] }> => ({
  ...answer,
  provenance: describeFigures(analytic, await reads.tableProvenance()),
});
