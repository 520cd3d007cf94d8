// How bad a competing pair is on the clock, documented in docs/analytics.md: the share of objectives in common
// times the share of the shorter window open together. Releases of one department are not ranked down: the
// toolkit warns of competition "even within the same agency", and it is the easiest to fix (a flag says so).

export interface SeverityInput {
  similarity: number;
  overlapShare: number;
}

export const competingSeverity = ({ similarity, overlapShare }: SeverityInput): number =>
  Math.round(similarity * overlapShare * 10_000) / 10_000;
