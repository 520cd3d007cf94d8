import { describe, expect, it } from 'vitest';
import type { BraidStream } from '../../server/contract/analytics/braid.js';
import { planBraid } from '../../server/analytics/braid/plan.js';

const stream = (
  id: string,
  agency: string,
  available: number,
  flexibility: BraidStream['flexibility'],
  match_percent: number | null,
): BraidStream => ({
  id,
  name: id,
  agency: { id: agency, name: agency, acronym: null, department: { id: agency, name: agency } },
  available,
  flexibility,
  match_percent,
});

// Agency A holds 500 (300 flexible, 200 restricted), B 450 (moderate, 25% match), C 100 (flexible).
const streams = [
  stream('a-flexible', 'A', 300, 'flexible', 0),
  stream('a-restricted', 'A', 200, 'restricted', 0),
  stream('b-moderate', 'B', 450, 'moderate', 25),
  stream('c-flexible', 'C', 100, 'flexible', null),
  stream('d-empty', 'D', 0, 'flexible', 0),
];
const shares = (cost: number) => planBraid(streams, cost).shares.map(({ stream: { id }, share }) => [id, share]);

describe('braiding plan', () => {
  it('covers the cost from one agency when one can, its most flexible money first', () => {
    // A (500) and B (450) could each cover 400 alone; A's best money is flexible, B's moderate.
    expect(shares(400)).toEqual([
      ['a-flexible', 300],
      ['a-restricted', 100],
    ]);
    expect(planBraid(streams, 400).agencyIds).toEqual(['A']);
  });

  it('uses the fewest agencies that can cover it, then the best money across them', () => {
    // 800 needs two agencies: A + C holds only 600, so A + B. Then flexible, moderate, restricted.
    const plan = planBraid(streams, 800);
    expect(plan.agencyIds.sort()).toEqual(['A', 'B']);
    expect(shares(800)).toEqual([
      ['a-flexible', 300],
      ['b-moderate', 450],
      ['a-restricted', 50],
    ]);
    expect(plan.covered).toBe(800);
  });

  it('draws on everything and leaves the rest uncovered when the money falls short', () => {
    const plan = planBraid(streams, 2000);
    expect(plan.covered).toBe(1050);
    expect(plan.agencyIds.sort()).toEqual(['A', 'B', 'C']);
  });

  it('plans nothing for nothing, and never draws on an empty stream', () => {
    expect(planBraid(streams, 0).shares).toEqual([]);
    expect(planBraid([], 100).covered).toBe(0);
    expect(shares(2000).map(([id]) => id)).not.toContain('d-empty');
  });
});
