import type { CompetingPair, ReleaseSummary } from '../../contract/analytics/competing-releases.js';
import { competingSeverity } from './severity.js';
import type { Ref } from '../../contract/analytics/refs-and-filters.js';
import { dayNumber, type Window } from '../shared/release-windows.js';
import { jaccard } from '../shared/similarity.js';
import { competingLevels } from '../../contract/analytics/competing-releases.js';
import type { PairClass } from './pair-classifier.js';

// The measures of one competing pair, from the two releases alone: what they share, for how long, how much.

export interface PairInput extends Window {
  id: string;
  objective_ids: string[];
  amount: number | null;
  department_id: string;
  /** opens and closes as day numbers (dayNumber), worked out once per release rather than once per pair. */
  open_day: number;
  close_day: number;
}

export const withDays = <T extends Window>(release: T): T & { open_day: number; close_day: number } => ({
  ...release,
  open_day: dayNumber(release.opens),
  close_day: dayNumber(release.closes),
});

export interface PairMeasures {
  shared: string[];
  similarity: number;
  overlap: { from: string; to: string; days: number };
  overlap_share: number;
  same_department: boolean;
  combined_amount: number;
  amount_known: boolean;
  severity: number;
}

export const measurePair = (a: PairInput, b: PairInput): PairMeasures => {
  const shared = a.objective_ids.filter((id) => b.objective_ids.includes(id));
  const days = Math.max(0, Math.min(a.close_day, b.close_day) - Math.max(a.open_day, b.open_day) + 1);
  const overlap = { from: a.opens > b.opens ? a.opens : b.opens, to: a.closes < b.closes ? a.closes : b.closes, days };
  const shorter = Math.min(a.close_day - a.open_day, b.close_day - b.open_day) + 1;
  const similarity = jaccard(shared.length, a.objective_ids.length, b.objective_ids.length);
  const overlapShare = Math.round((overlap.days / shorter) * 10_000) / 10_000;
  const sameDepartment = a.department_id === b.department_id;
  return {
    shared,
    similarity,
    overlap,
    overlap_share: overlapShare,
    same_department: sameDepartment,
    combined_amount: (a.amount ?? 0) + (b.amount ?? 0),
    amount_known: a.amount !== null && b.amount !== null,
    severity: competingSeverity({ similarity, overlapShare }),
  };
};

const levelRank = (level: string | undefined): number =>
  level === undefined ? 0 : competingLevels.indexOf(level as never);

/** Competing first, then similar, then incidental; in each, most severe first; ties: larger combined amount, ids. */
export const bySeverity = <
  T extends { a: { id: string }; b: { id: string }; severity: number; combined_amount: number; level?: string },
>(
  x: T,
  y: T,
): number =>
  levelRank(x.level) - levelRank(y.level) ||
  y.severity - x.severity ||
  y.combined_amount - x.combined_amount ||
  x.a.id.localeCompare(y.a.id) ||
  x.b.id.localeCompare(y.b.id);

export const competingPair = (
  a: ReleaseSummary,
  b: ReleaseSummary,
  measures: PairMeasures,
  objective: (id: string) => Ref,
  found: PairClass,
  reasons: CompetingPair['reasons'],
): CompetingPair => ({
  a,
  b,
  ...measureFields(measures),
  shared_objectives: [...measures.shared].sort().map(objective),
  ...found,
  reasons,
});

/** The response fields a pair's measures give, the same for a listed pair and a draft in the release check. */
export const measureFields = (measures: PairMeasures) => ({
  same_department: measures.same_department,
  similarity: measures.similarity,
  overlap: { from: measures.overlap.from, to: measures.overlap.to },
  overlap_days: measures.overlap.days,
  overlap_share: measures.overlap_share,
  combined_amount: measures.combined_amount,
  amount_known: measures.amount_known,
  severity: measures.severity,
});
