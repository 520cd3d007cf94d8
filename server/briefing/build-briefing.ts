import { findYearChanges } from '../analytics/changes/index.js';
import { findCompetingReleases } from '../analytics/competing-releases/index.js';
import { analyticsContext } from '../analytics/shared/context.js';
import { findGaoReview } from '../analytics/gao-review/index.js';
import { findGaps } from '../analytics/gaps/index.js';
import { findRepurposeCandidates } from '../analytics/repurpose/index.js';
import { computeScorecard } from '../analytics/scorecard/index.js';
import type { BriefingResponse } from '../contract/briefing.js';
import type { AnalyticsReads } from '../repositories/analytics-inputs.js';
import type { BriefingReads } from '../repositories/briefing-inputs.js';
import { briefingSections, type YearAnswers } from './sections.js';

// The briefing of a fiscal year: each analytic as its own route answers it (default options), and what changed
// since the year before as the year-over-year analytic answers it, in the caller's one read transaction.

const answersFor = async (reads: AnalyticsReads, fiscalYear: number): Promise<YearAnswers> => {
  const context = await analyticsContext(reads, { fiscal_year: fiscalYear });
  return {
    fiscalYear,
    gao: await findGaoReview(reads, context, 3),
    competing: await findCompetingReleases(reads, context, { from: null, to: null }, 50),
    gaps: await findGaps(reads, context),
    repurpose: await findRepurposeCandidates(reads, context, { threshold: 0.5, gaps: 3 }),
    scorecard: await computeScorecard(reads, context),
  };
};

export const buildBriefing = async (
  reads: BriefingReads,
  fiscalYear: number | undefined,
  today: string,
): Promise<BriefingResponse> => {
  const context = await analyticsContext(reads, { fiscal_year: fiscalYear });
  const year = context.filters.fiscal_year;
  const made = { title: 'Funding alignment briefing', made_on: today };
  if (year === null) return { ...made, fiscal_year: null, previous_fiscal_year: null, data_as_of: null, sections: [] };
  const current = await answersFor(reads, year);
  const previousYear = await reads.previousFiscalYear(year);
  // What changed is the year-over-year analytic's one comparison, as GET /api/analytics/changes answers it.
  const changes = previousYear === null ? null : await findYearChanges(reads, previousYear, year);
  const asOf = await reads.dataAsOf(year);
  const dates = asOf ?? { streams: null, releases: null, requests: null };
  return {
    ...made,
    title: `Funding alignment briefing, FY${year}`,
    fiscal_year: year,
    previous_fiscal_year: previousYear,
    data_as_of: dates.streams,
    sections: briefingSections(current, changes, dates),
  };
};
