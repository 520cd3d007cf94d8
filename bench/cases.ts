import type { Tx } from '../server/db/database.js';
import { findAgencyOverlap } from '../server/analytics/agency-overlap.js';
import { planBraiding } from '../server/analytics/braid.js';
import { findCompetingReleases } from '../server/analytics/competing-releases.js';
import { analyticsContext, type AnalyticsContext } from '../server/analytics/context.js';
import { findDuplicatedObjectives } from '../server/analytics/duplicated-objectives.js';
import { findGaoReview } from '../server/analytics/gao-review/index.js';
import { findGaps } from '../server/analytics/gaps.js';
import { matchStreams } from '../server/analytics/match.js';
import { partnershipProfile } from '../server/analytics/match-profile.js';
import { findNetwork } from '../server/analytics/network.js';
import { checkRelease } from '../server/analytics/release-check.js';
import type { ReleaseDraft } from '../server/contract/analytics/release-check.js';
import { findRepurposeCandidates } from '../server/analytics/repurpose.js';
import { readRequests } from '../server/analytics/requests.js';
import { computeScorecard } from '../server/analytics/scorecard.js';

// What the bench times: each analytic as its route runs it (context included), minus HTTP serialisation, and
// the baseline queries (bench/cypher/baseline-*.cypher) that read the same input once.

export interface Samples {
  fiscalYear: number;
  partnershipId: string;
  solutionId: string;
  draft: ReleaseDraft;
}

export interface BenchCase {
  name: string;
  baselines: Array<{ query: string; params?: (samples: Samples) => Record<string, unknown> }>;
  run: (tx: Tx, samples: Samples) => Promise<unknown>;
}

const context = (tx: Tx): Promise<AnalyticsContext> => analyticsContext(tx, {});
const partnership = (samples: Samples) => ({ partnership_id: samples.partnershipId });

export const benchCases: BenchCase[] = [
  {
    name: 'duplicated-objectives',
    baselines: [{ query: 'baseline-stream-objectives' }],
    run: async (tx) => findDuplicatedObjectives(tx, await context(tx)),
  },
  {
    name: 'agency-overlap',
    baselines: [{ query: 'baseline-stream-objectives' }],
    run: async (tx) => findAgencyOverlap(tx, await context(tx), 500),
  },
  {
    name: 'gao-review',
    baselines: [{ query: 'baseline-stream-roles' }],
    run: async (tx) => findGaoReview(tx, await context(tx), 500),
  },
  {
    name: 'competing-releases',
    baselines: [{ query: 'baseline-releases' }, { query: 'baseline-release-texts' }],
    run: async (tx) => findCompetingReleases(tx, await context(tx), { from: null, to: null }, 500),
  },
  {
    name: 'gaps',
    baselines: [{ query: 'baseline-requests' }, { query: 'baseline-streams' }],
    run: async (tx) => findGaps(tx, await context(tx)),
  },
  {
    name: 'match',
    baselines: [{ query: 'baseline-requests', params: partnership }, { query: 'baseline-streams' }],
    run: async (tx, samples) => {
      const found = await context(tx);
      const profile = await partnershipProfile(tx, found, samples.partnershipId);
      return matchStreams(tx, found, profile, { as_of: `${samples.fiscalYear - 1}-10-01`, as_of_basis: 'requested' });
    },
  },
  {
    name: 'braid',
    baselines: [{ query: 'baseline-requests', params: partnership }, { query: 'baseline-streams' }],
    run: async (tx, samples) => {
      const found = await context(tx);
      const selection = { fiscal_year: null, partnership_id: samples.partnershipId, solution_id: samples.solutionId };
      const [request] = await readRequests(tx, found.reference, selection);
      if (!request) throw new Error('the sample request is gone');
      return planBraiding(tx, found, request);
    },
  },
  {
    name: 'repurpose',
    baselines: [{ query: 'baseline-requests' }, { query: 'baseline-streams' }],
    run: async (tx) => findRepurposeCandidates(tx, await context(tx), { threshold: 0.5, gaps: 3 }),
  },
  {
    name: 'network',
    baselines: [{ query: 'baseline-stream-objectives' }],
    run: async (tx) => findNetwork(tx, await context(tx)),
  },
  {
    name: 'release-check',
    baselines: [
      { query: 'baseline-releases' },
      { query: 'baseline-release-texts' },
      { query: 'baseline-requests' },
      { query: 'baseline-streams' },
    ],
    run: async (tx, samples) => checkRelease(tx, await context(tx), samples.draft),
  },
  {
    name: 'scorecard',
    baselines: [
      { query: 'baseline-releases' },
      { query: 'baseline-release-texts' },
      { query: 'baseline-requests' },
      { query: 'baseline-streams' },
      { query: 'baseline-awards' },
    ],
    run: async (tx) => computeScorecard(tx, await context(tx)),
  },
];
