import type { RequestSummary, StreamSummary } from '../../contract/analytics/refs-and-filters.js';
import type { ScoreParts } from '../../contract/analytics/finder.js';
import { round4 } from '../shared/rounding.js';

// The finder score, documented in docs/analytics.md: which streams best serve one partnership's requests.

export const scoreWeights = { requests: 40, amount: 30, flexibility: 15, match: 15 } as const;

/** Priority 1 (highest) weighs 5, priority 5 weighs 1; no priority counts as 3. */
export const priorityWeight = (priority: number | null): number => 6 - (priority ?? 3);

export const flexibilityScore = (flexibility: StreamSummary['flexibility']): number =>
  flexibility === 'flexible' ? 1 : flexibility === 'moderate' ? 0.6 : flexibility === 'restricted' ? 0.2 : 0.5;

/** Share of the need the stream's available money could meet; with no known cost, any money counts as enough. */
export const amountFit = (available: number, covered: RequestSummary[]): number => {
  const cost = covered.reduce((total, request) => total + (request.estimated_cost ?? 0), 0);
  if (cost === 0) return available > 0 ? 1 : 0;
  return Math.min(1, available / cost);
};

export const scoreStream = (
  stream: Pick<StreamSummary, 'available' | 'flexibility' | 'match_percent'>,
  covered: RequestSummary[],
  all: RequestSummary[],
): { score: number; parts: ScoreParts } => {
  const totalWeight = all.reduce((total, request) => total + priorityWeight(request.priority), 0);
  const coveredWeight = covered.reduce((total, request) => total + priorityWeight(request.priority), 0);
  const parts: ScoreParts = {
    requests: round4(totalWeight === 0 ? 0 : coveredWeight / totalWeight),
    amount: round4(amountFit(stream.available, covered)),
    flexibility: flexibilityScore(stream.flexibility),
    match: round4(1 - (stream.match_percent ?? 0) / 100),
  };
  const score =
    scoreWeights.requests * parts.requests +
    scoreWeights.amount * parts.amount +
    scoreWeights.flexibility * parts.flexibility +
    scoreWeights.match * parts.match;
  return { score: Math.round(score * 10) / 10, parts };
};
