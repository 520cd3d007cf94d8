import { describe, expect, it } from 'vitest';
import { sweepCompetingPairs, type SweepRelease } from '../../server/analytics/competing-releases/sweep.js';
import { dayNumber } from '../../server/analytics/shared/release-windows.js';
import { createRandom } from '../../seed/synthetic/random.js';

// The sweep must find exactly the pairs the definition gives: checked against the all-pairs reading of it.

const release = (
  id: string,
  opens: string,
  closes: string,
  objective_ids: string[],
  scope: { sectors?: string[]; regions?: string[]; anchor?: boolean } = {},
): SweepRelease => ({
  id,
  open_day: dayNumber(opens),
  close_day: dayNumber(closes),
  objective_ids,
  sector_ids: scope.sectors ?? [],
  region_ids: scope.regions ?? [],
  anchor: scope.anchor ?? true,
});

const intersect = (a: string[], b: string[]) => a.length === 0 || b.length === 0 || a.some((x) => b.includes(x));

/** The definition, read literally over every pair. */
const allPairs = (releases: SweepRelease[]): string[] => {
  const pairs: string[] = [];
  for (const a of releases)
    for (const b of releases) {
      if (a.id >= b.id) continue;
      const overlap = Math.min(a.close_day, b.close_day) - Math.max(a.open_day, b.open_day) + 1;
      if (overlap < 1) continue;
      if (!a.objective_ids.some((objective) => b.objective_ids.includes(objective))) continue;
      if (!intersect(a.sector_ids, b.sector_ids) || !intersect(a.region_ids, b.region_ids)) continue;
      if (!a.anchor && !b.anchor) continue;
      pairs.push(`${a.id}+${b.id}`);
    }
  return pairs.sort();
};

const swept = (releases: SweepRelease[]): string[] => {
  const pairs: string[] = [];
  sweepCompetingPairs(releases, (a, b) => pairs.push(`${a.id}+${b.id}`));
  return pairs.sort();
};

describe('competing releases sweep', () => {
  it('pairs windows that share exactly one day (inclusive dates), never windows one day apart', () => {
    const releases = [
      release('a', '2025-01-01', '2025-01-31', ['o1']),
      release('b', '2025-01-31', '2025-02-28', ['o1']),
      release('c', '2025-03-01', '2025-03-31', ['o1']),
    ];
    expect(swept(releases)).toEqual(['a+b']);
  });

  it('needs a shared objective, and intersecting sector and region scopes (empty: any)', () => {
    const releases = [
      release('a', '2025-01-01', '2025-03-31', ['o1', 'o2'], { sectors: ['mfg'], regions: ['north'] }),
      release('b', '2025-01-01', '2025-03-31', ['o2'], { sectors: ['health'] }),
      release('c', '2025-01-01', '2025-03-31', ['o2'], { regions: ['south'] }),
      release('d', '2025-01-01', '2025-03-31', ['o1']),
      release('e', '2025-01-01', '2025-03-31', ['o3']),
      release('f', '2025-01-01', '2025-03-31', ['o1'], { sectors: ['mfg', 'health'], regions: ['north', 'south'] }),
    ];
    // a+b share o2 but not a sector; a+c share o2 but not a region; e shares no objective; b, c share o2 with
    // each other (b: any region, c: any sector) but no objective with d or f.
    expect(swept(releases)).toEqual(['a+d', 'a+f', 'b+c', 'd+f']);
  });

  it('keeps a pair when either release is selected, and none when neither is', () => {
    const releases = [
      release('a', '2025-01-01', '2025-03-31', ['o1'], { anchor: false }),
      release('b', '2025-02-01', '2025-03-31', ['o1'], { anchor: true }),
      release('c', '2025-02-15', '2025-03-31', ['o1'], { anchor: false }),
    ];
    expect(swept(releases)).toEqual(['a+b', 'b+c']);
  });

  it('finds every pair the definition gives, and no other, on random maps', () => {
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
      const random = createRandom(`sweep:${seed}`);
      const regions = ['r1', 'r2', 'r3', 'r4', 'r5', 'r6'];
      const releases = Array.from({ length: 160 }, (_, index) => {
        const opens = dayNumber('2025-01-01') + random.int(0, 200);
        return {
          id: `rel-${String(index).padStart(3, '0')}`,
          open_day: opens,
          close_day: opens + random.int(0, 60),
          objective_ids: random.sample(['o1', 'o2', 'o3', 'o4', 'o5'], random.int(1, 3)),
          sector_ids: random.chance(0.5) ? [] : random.sample(['s1', 's2', 's3'], random.int(1, 2)),
          region_ids: random.chance(0.3) ? [] : random.sample(regions, random.int(1, 2)),
          anchor: random.chance(0.6),
        };
      });
      expect(swept(releases)).toEqual(allPairs(releases));
    }
  });
});
