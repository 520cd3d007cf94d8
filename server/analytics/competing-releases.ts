import type { Tx } from '../db/database.js';
import { bySeverity, competingPair, measurePair, withDays, type PairMeasures } from './competing-pair.js';
import type { CompetingReleasesResponse } from '../contract/analytics/competing-releases.js';
import type { AnalyticsContext } from './context.js';
import { readReleases, readReleaseNames, releaseSummary, type ReleaseRow } from './releases.js';
import { scopeCovers } from './scope.js';
import { sweepCompetingPairs, type SweepRelease } from './competing-sweep.js';
import { TopN } from './top-n.js';

export interface Period {
  from: string | null;
  to: string | null;
}

const later = (a: string | null, b: string | null): string | null => (a === null ? b : b === null || a > b ? a : b);
const earlier = (a: string | null, b: string | null): string | null => (a === null ? b : b === null || a < b ? a : b);

/**
 * Which releases to read: those meeting the period and, with a fiscal year, the days that year's releases are
 * open (a release outside them cannot compete with one of the year).
 */
const readingSpan = async (tx: Tx, fiscalYear: number | null, period: Period): Promise<Period> => {
  if (fiscalYear === null) return period;
  const [span] = await tx.run<Period>('analytics/input/release-span', { fiscal_year: fiscalYear });
  if (!span || span.from === null || span.to === null) return { from: '9999-12-31', to: '0000-01-01' };
  return { from: later(period.from, span.from), to: earlier(period.to, span.to) };
};

type Candidate = ReleaseRow & SweepRelease & { department_id: string; open_day: number; close_day: number };
type Found = PairMeasures & { a: Candidate; b: Candidate };

/**
 * Releases that compete for the same applicants at the same time: the toolkit's red flag. A pair counts when
 * either release is of the fiscal year (so none is missed at a year's edge), either is of the agency (or a
 * division of it), both releases' scopes cover the sector and region filters, and the overlap meets [from, to].
 */
export const findCompetingReleases = async (
  tx: Tx,
  context: AnalyticsContext,
  period: Period,
  limit: number,
): Promise<CompetingReleasesResponse> => {
  const { filters, agencyIds, reference } = context;
  const selected = agencyIds === null ? null : new Set(agencyIds);
  const rows = await readReleases(tx, await readingSpan(tx, filters.fiscal_year, period));
  const candidates: Candidate[] = rows
    .filter(
      (row) =>
        (filters.sector_id === null || scopeCovers(row.sector_ids, filters.sector_id)) &&
        (filters.region_id === null || scopeCovers(row.region_ids, filters.region_id)),
    )
    .map((row) => ({
      ...withDays(row),
      department_id: reference.departmentRow(row.agency_id).id,
      anchor: filters.fiscal_year === null || row.fiscal_year === filters.fiscal_year,
    }));
  const best = new TopN<Found>(limit, bySeverity);
  sweepCompetingPairs(candidates, (a, b) => {
    if (selected === null || selected.has(a.agency_id) || selected.has(b.agency_id))
      best.offer({ a, b, ...measurePair(a, b) });
  });
  const shown = best.sorted();
  const names = await readReleaseNames(
    tx,
    shown.flatMap(({ a, b }) => [a, b]),
  );
  const pairs = shown.map(({ a, b, ...measures }) =>
    competingPair(
      releaseSummary(a, reference, names),
      releaseSummary(b, reference, names),
      measures,
      reference.objective,
    ),
  );
  return { filters: { ...filters, ...period }, total: best.count, limit, pairs };
};
