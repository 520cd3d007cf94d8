import type { AnalyticsReads } from '../server/repositories/analytics-inputs.js';
import { findAgencyOverlap } from '../server/analytics/agency-overlap/index.js';
import { findYearChanges } from '../server/analytics/changes/index.js';
import { planBraiding } from '../server/analytics/braid/index.js';
import { findCompetingReleases } from '../server/analytics/competing-releases/index.js';
import { analyticsContext, type AnalyticsContext } from '../server/analytics/shared/context.js';
import { findDuplicatedObjectives } from '../server/analytics/duplicated-objectives/index.js';
import { findGaoReview } from '../server/analytics/gao-review/index.js';
import { findGaps } from '../server/analytics/gaps/index.js';
import { findMoneyFlow } from '../server/analytics/money-flow/index.js';
import { findFunding } from '../server/analytics/finder/index.js';
import { partnershipProfile } from '../server/analytics/finder/profile.js';
import { findNetwork } from '../server/analytics/network/index.js';
import { checkRelease } from '../server/analytics/release-check/index.js';
import type { ReleaseDraft } from '../server/contract/analytics/release-check.js';
import { findRepurposeCandidates } from '../server/analytics/repurpose/index.js';
import { readRequests } from '../server/analytics/shared/requests.js';
import { computeScorecard } from '../server/analytics/scorecard/index.js';

// What the bench times of each analytic: the analytic as its route runs it (context included) minus HTTP, its
// URL for the run under concurrent load, and the baseline queries (bench/cypher/baseline-*.cypher) that read the
// same input once. Adding an analytic to the bench is one line below.

export interface Samples {
  fiscalYear: number;
  partnershipId: string;
  solutionId: string;
  draft: ReleaseDraft;
}

export interface BenchCase {
  name: string;
  baselines: string[];
  /** The baselines read the sample partnership's requests only (match, braid). */
  onePartnership?: boolean;
  /** The GET route, with the samples filled in; none: not run under load. */
  url?: (samples: Samples) => string;
  run: (reads: AnalyticsReads, samples: Samples) => Promise<unknown>;
}

const context = (reads: AnalyticsReads): Promise<AnalyticsContext> => analyticsContext(reads, {});
const of = (url: string) => () => `/api/analytics/${url}`;

const match = async (reads: AnalyticsReads, samples: Samples) => {
  const found = await context(reads);
  const profile = await partnershipProfile(reads, found, samples.partnershipId);
  return findFunding(reads, found, profile, { as_of: `${samples.fiscalYear - 1}-10-01`, as_of_basis: 'requested' });
};

const braid = async (reads: AnalyticsReads, samples: Samples) => {
  const found = await context(reads);
  const selection = { fiscal_year: null, partnership_id: samples.partnershipId, solution_id: samples.solutionId };
  const [request] = await readRequests(reads, found.reference, selection);
  if (!request) throw new Error('the sample request is gone');
  return planBraiding(reads, found, request);
};

const releaseReads = ['baseline-releases', 'baseline-release-texts'];
const needReads = ['baseline-requests', 'baseline-streams'];
// Year over year reads each analytic's input for both years.
const yearReads = [
  'baseline-stream-objectives',
  'baseline-stream-roles',
  ...releaseReads,
  ...needReads,
  'baseline-awards',
];

// prettier-ignore
export const benchCases: BenchCase[] = [
  { name: 'duplicated-objectives', baselines: ['baseline-stream-objectives'], url: of('duplicated-objectives'), run: async (reads) => findDuplicatedObjectives(reads, await context(reads)) },
  { name: 'agency-overlap', baselines: ['baseline-stream-objectives'], url: of('agency-overlap?limit=500'), run: async (reads) => findAgencyOverlap(reads, await context(reads), 500) },
  { name: 'gao-review', baselines: ['baseline-stream-roles'], url: of('gao-review?limit=500'), run: async (reads) => findGaoReview(reads, await context(reads), 500) },
  { name: 'competing-releases', baselines: releaseReads, url: of('competing-releases?limit=500'), run: async (reads) => findCompetingReleases(reads, await context(reads), { from: null, to: null }, 500) },
  { name: 'gaps', baselines: needReads, url: of('gaps'), run: async (reads) => findGaps(reads, await context(reads)) },
  { name: 'match', baselines: needReads, onePartnership: true, url: (s) => `/api/analytics/match/${encodeURIComponent(s.partnershipId)}?as_of=${s.fiscalYear - 1}-10-01`, run: match },
  { name: 'braid', baselines: needReads, onePartnership: true, url: (s) => `/api/analytics/braid?partnership_id=${encodeURIComponent(s.partnershipId)}&solution_id=${encodeURIComponent(s.solutionId)}`, run: braid },
  { name: 'repurpose', baselines: needReads, url: of('repurpose'), run: async (reads) => findRepurposeCandidates(reads, await context(reads), { threshold: 0.5, gaps: 3 }) },
  { name: 'network', baselines: ['baseline-stream-objectives'], url: of('network'), run: async (reads) => findNetwork(reads, await context(reads)) },
  { name: 'release-check', baselines: [...releaseReads, ...needReads], run: async (reads, samples) => checkRelease(reads, await context(reads), samples.draft) },
  { name: 'money-flow', baselines: ['baseline-stream-roles', 'baseline-awards'], url: of('money-flow'), run: async (reads) => findMoneyFlow(reads, await context(reads)) },
  { name: 'changes', baselines: [...yearReads, ...yearReads], url: (s) => `/api/analytics/changes?from=${s.fiscalYear - 1}&to=${s.fiscalYear}`, run: async (reads, s) => findYearChanges(reads, s.fiscalYear - 1, s.fiscalYear) },
  { name: 'scorecard', baselines: [...releaseReads, ...needReads, 'baseline-awards'], url: of('scorecard'), run: async (reads) => computeScorecard(reads, await context(reads)) },
];
