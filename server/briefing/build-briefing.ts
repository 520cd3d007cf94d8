import { findCompetingReleases } from '../analytics/competing-releases/index.js';
import { analyticsContext } from '../analytics/shared/context.js';
import { findGaoReview } from '../analytics/gao-review/index.js';
import { findGaps } from '../analytics/gaps/index.js';
import { findRepurposeCandidates } from '../analytics/repurpose/index.js';
import { computeScorecard } from '../analytics/scorecard/index.js';
import type { BriefingResponse } from '../contract/briefing.js';
import type { Tx } from '../db/database.js';
import { briefingSections, type AsOf, type YearAnswers } from './sections.js';

// The briefing of a fiscal year: each analytic as its own route answers it (default options), for the year and
// the year before, in the caller's one read transaction.

const answersFor = async (tx: Tx, fiscalYear: number): Promise<YearAnswers> => {
  const context = await analyticsContext(tx, { fiscal_year: fiscalYear });
  return {
    fiscalYear,
    gao: await findGaoReview(tx, context, 3),
    competing: await findCompetingReleases(tx, context, { from: null, to: null }, 50),
    gaps: await findGaps(tx, context),
    repurpose: await findRepurposeCandidates(tx, context, { threshold: 0.5, gaps: 3 }),
    scorecard: await computeScorecard(tx, context),
  };
};

export const buildBriefing = async (
  tx: Tx,
  fiscalYear: number | undefined,
  today: string,
): Promise<BriefingResponse> => {
  const context = await analyticsContext(tx, { fiscal_year: fiscalYear });
  const year = context.filters.fiscal_year;
  const made = { title: 'Funding alignment briefing', made_on: today };
  if (year === null) return { ...made, fiscal_year: null, previous_fiscal_year: null, data_as_of: null, sections: [] };
  const current = await answersFor(tx, year);
  const previousYears = await tx.run<{ year: number }>('briefing/previous-year', { fiscal_year: year });
  const previousYear = previousYears[0]?.year ?? null;
  const previous = previousYear === null ? null : await answersFor(tx, previousYear);
  const [asOf] = await tx.run<AsOf>('briefing/data-as-of', { fiscal_year: year });
  const dates = asOf ?? { streams: null, releases: null, requests: null };
  return {
    ...made,
    title: `Funding alignment briefing, FY${year}`,
    fiscal_year: year,
    previous_fiscal_year: previousYear,
    data_as_of: dates.streams,
    sections: briefingSections(current, previous, dates),
  };
};
