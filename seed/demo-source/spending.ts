import { hashString } from '../synthetic/random.js';
import type { Spending } from './program.js';

// How much of a stream is obligated and expended, by the stream's age at the snapshot: the oldest year is
// nearly spent, the latest only partly. Shared by the demo and the synthetic generator.

/** [obligated, expended] as shares of the amount, indexed by age (0 = the latest fiscal year). */
const profiles: Record<Spending, readonly (readonly [number, number])[]> = {
  normal: [
    [0.72, 0.36],
    [0.96, 0.74],
    [0.99, 0.94],
  ],
  lagging: [
    [0.5, 0.2],
    [0.8, 0.5],
    [0.9, 0.72],
  ],
  stalled: [
    [0.15, 0.04],
    [0.3, 0.1],
    [0.45, 0.2],
  ],
};

const roundTo = (value: number, step: number): number => Math.round(value / step) * step;

/** Obligated and expended dollars for a stream, varied a little per stream id so rows do not look stamped. */
export const spendingOf = (
  streamId: string,
  amount: number,
  age: number,
  spending: Spending = 'normal',
): { obligated: number; expended: number } => {
  const profile = profiles[spending];
  const [obligatedShare, expendedShare] = profile[Math.min(Math.max(age, 0), profile.length - 1)] ?? [1, 1];
  const jitter = 0.96 + (hashString(streamId) % 1000) / 12_500;
  const step = amount >= 1_000_000 ? 1000 : 100;
  const obligated = Math.min(amount, roundTo(amount * obligatedShare * jitter, step));
  const expended = Math.min(obligated, roundTo(amount * expendedShare * jitter, step));
  return { obligated, expended };
};
