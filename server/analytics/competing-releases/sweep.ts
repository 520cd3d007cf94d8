import { scopesIntersect } from '../shared/scope.js';

// Competing releases without an all-pairs product: a sweep over releases in order of opening. Each release
// waits, while its window is open, in one bucket per objective and "region area" ('*' when statewide); a new
// release meets only the open releases of its own buckets (statewide ones meet every area's). Areas are the
// groups of regions that appear together in some release's scope (union-find), so two releases whose regions
// intersect always share an area, and a release is filed once per objective however many regions it lists.
// The work grows with the pairs that share an objective and an area, not with releases².

export interface SweepRelease {
  id: string;
  /** opens and closes as day numbers. */
  open_day: number;
  close_day: number;
  objective_ids: string[];
  sector_ids: string[];
  region_ids: string[];
  /** Pairs need at least one anchor (a release the filters select); others only pair with anchors. */
  anchor: boolean;
}

const statewide = '*';

/** Open releases (by index) per bucket; the keys of each objective's buckets, for statewide releases. */
class Buckets {
  private readonly open = new Map<string, number[]>();
  private readonly keysOf = new Map<string, string[]>();

  add(index: number, keys: string[], objectiveOf: (key: string) => string): void {
    for (const key of keys) {
      const list = this.open.get(key);
      if (list) list.push(index);
      else {
        this.open.set(key, [index]);
        const objective = objectiveOf(key);
        this.keysOf.set(objective, [...(this.keysOf.get(objective) ?? []), key]);
      }
    }
  }

  keysForObjective(objective: string): string[] {
    return this.keysOf.get(objective) ?? [];
  }

  /** The bucket's releases still open on `day`; closed ones are dropped for good (days only move forward). */
  openOn(key: string, day: number, closeDay: Float64Array): number[] {
    const list = this.open.get(key);
    if (!list) return [];
    let kept = 0;
    for (const index of list) if ((closeDay[index] as number) >= day) list[kept++] = index;
    list.length = kept;
    return list;
  }
}

/** Region -> area: regions listed together in one scope end up in one area. */
const regionAreas = (releases: SweepRelease[]): ((region: string) => string) => {
  const parent = new Map<string, string>();
  const find = (region: string): string => {
    let root = region;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root) as string;
    for (let current = region; current !== root;) {
      const next = parent.get(current) as string;
      parent.set(current, root);
      current = next;
    }
    return root;
  };
  for (const release of releases) {
    const [first, ...rest] = release.region_ids;
    if (first === undefined) continue;
    if (!parent.has(first)) parent.set(first, first);
    for (const region of rest) {
      if (!parent.has(region)) parent.set(region, region);
      const a = find(first);
      const b = find(region);
      if (a !== b) parent.set(b, a);
    }
  }
  return find;
};

/** Calls `onPair(a, b)` once for every competing pair (a.id < b.id) with at least one anchor. */
export const sweepCompetingPairs = <T extends SweepRelease>(releases: T[], onPair: (a: T, b: T) => void): void => {
  const order = releases
    .map((_, index) => index)
    .sort(
      (i, j) =>
        (releases[i] as T).open_day - (releases[j] as T).open_day ||
        ((releases[i] as T).id < (releases[j] as T).id ? -1 : 1),
    );
  const closeDay = Float64Array.from(releases, (release) => release.close_day);
  const metBy = new Int32Array(releases.length).fill(-1);
  const anchors = new Buckets();
  const others = new Buckets();
  const areaOf = regionAreas(releases);
  const objectiveOf = (key: string) => key.slice(0, key.lastIndexOf('|'));
  for (const index of order) {
    const release = releases[index] as T;
    const [firstRegion] = release.region_ids;
    const area = firstRegion === undefined ? statewide : areaOf(firstRegion);
    const keys = release.objective_ids.map((objective) => `${objective}|${area}`);
    for (const buckets of release.anchor ? [anchors, others] : [anchors]) {
      const probes =
        area === statewide
          ? release.objective_ids.flatMap((objective) => buckets.keysForObjective(objective))
          : [...keys, ...release.objective_ids.map((objective) => `${objective}|${statewide}`)];
      for (const key of probes)
        for (const earlierIndex of buckets.openOn(key, release.open_day, closeDay)) {
          if (metBy[earlierIndex] === index) continue;
          metBy[earlierIndex] = index;
          const earlier = releases[earlierIndex] as T;
          if (!scopesIntersect(earlier.region_ids, release.region_ids)) continue;
          if (!scopesIntersect(earlier.sector_ids, release.sector_ids)) continue;
          if (earlier.id < release.id) onPair(earlier, release);
          else onPair(release, earlier);
        }
    }
    (release.anchor ? anchors : others).add(index, keys, objectiveOf);
  }
};
