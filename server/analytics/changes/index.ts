import type { StreamChange, YearChangesResponse } from '../../contract/analytics/changes.js';
import type { AnalyticsReads } from '../../repositories/analytics-inputs.js';
import { findCompetingReleases } from '../competing-releases/index.js';
import { analyticsContext } from '../shared/context.js';
import { findDuplicatedObjectives } from '../duplicated-objectives/index.js';
import { findGaoReview } from '../gao-review/index.js';
import { findGaps } from '../gaps/index.js';
import type { ReferenceData } from '../shared/reference-data.js';
import { computeScorecard } from '../scorecard/index.js';
import { amountCountedOnce } from '../shared/streams.js';
import { compareYears, type YearAnswers } from './compare-years.js';
import { matchStreams, type YearStream } from './match-streams.js';

// GET /api/analytics/changes ("Year over year"; not the import change-sets of /api/changes): each analytic as its
// own route answers it, for both years, then compared (docs/analytics.md#year-over-year).

export const matchingRule =
  'Streams are matched by Assistance Listing and name series (the name without its year marks); then by listing alone when one stream on each side has it; then by name series when a side has no listing.';

/** Every finding, not the first page: a gained or resolved finding past a page would be missed. */
const everyPair = 5000;

const answersFor = async (reads: AnalyticsReads, fiscalYear: number): Promise<YearAnswers> => {
  const context = await analyticsContext(reads, { fiscal_year: fiscalYear });
  return {
    duplicated: await findDuplicatedObjectives(reads, context),
    gao: await findGaoReview(reads, context, everyPair),
    competing: await findCompetingReleases(reads, context, { from: null, to: null }, everyPair, {
      levels: ['competing'],
      sameDepartment: null,
    }),
    gaps: await findGaps(reads, context),
    scorecard: await computeScorecard(reads, context),
  };
};

const streamOf = (reference: ReferenceData, stream: YearStream) => ({
  id: stream.id,
  name: stream.name,
  agency: reference.agency(stream.agency_id),
  amount: stream.amount,
  assistance_listing: stream.assistance_listing,
});

const bySize = (a: StreamChange, b: StreamChange) =>
  Math.abs(b.change) - Math.abs(a.change) || (a.to ?? a.from)!.id.localeCompare((b.to ?? b.from)!.id);

export const findYearChanges = async (
  reads: AnalyticsReads,
  from: number,
  to: number,
): Promise<YearChangesResponse> => {
  const { reference } = await analyticsContext(reads, { fiscal_year: to });
  const earlier = await reads.yearStreams(from);
  const later = await reads.yearStreams(to);
  const matching = matchStreams(earlier, later);
  const show = (stream: YearStream) => streamOf(reference, stream);
  const matched = matching.matched.map((match): StreamChange => ({
    from: show(match.from),
    to: show(match.to),
    matched_by: match.rule,
    change: match.to.amount - match.from.amount,
  }));
  const compared = compareYears(await answersFor(reads, from), await answersFor(reads, to), matching);
  return {
    from,
    to,
    matching: matchingRule,
    amount: { from: amountCountedOnce(earlier), to: amountCountedOnce(later) },
    streams: {
      new: matching.added
        .map((stream): StreamChange => ({ from: null, to: show(stream), matched_by: null, change: stream.amount }))
        .sort(bySize),
      ended: matching.ended
        .map((stream): StreamChange => ({ from: show(stream), to: null, matched_by: null, change: -stream.amount }))
        .sort(bySize),
      changed: matched.filter((change) => change.change !== 0).sort(bySize),
      unchanged: matched.filter((change) => change.change === 0).length,
    },
    ...compared,
  };
};
