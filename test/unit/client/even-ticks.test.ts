import { describe, expect, it } from 'vitest';
import { evenTicks } from '../../../client/lib/even-ticks.js';

describe('even axis ticks', () => {
  it('are evenly spaced from 0 in round steps and reach the largest value', () => {
    expect(evenTicks(23_000_000)).toEqual([0, 5_000_000, 10_000_000, 15_000_000, 20_000_000, 25_000_000]);
    expect(evenTicks(1_000)).toEqual([0, 200, 400, 600, 800, 1_000]);
    expect(evenTicks(7)).toEqual([0, 2, 4, 6, 8]);
    for (const max of [3, 17, 999, 12_345, 331_000_000, 0.4]) {
      const ticks = evenTicks(max);
      const step = ticks[1]! - ticks[0]!;
      expect(ticks[0]).toBe(0);
      expect(ticks.at(-1)!, String(max)).toBeGreaterThanOrEqual(max);
      expect(ticks.length).toBeLessThanOrEqual(7);
      ticks.forEach((tick, index) => expect(tick).toBeCloseTo(index * step));
    }
  });

  it('is a single 0 when there is nothing to show', () => {
    expect(evenTicks(0)).toEqual([0]);
  });
});
