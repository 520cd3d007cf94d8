import { scopesIntersect } from '../shared/scope.js';
import type { SweepRelease } from './sweep.js';
import type { TextIndex } from './text-similarity.js';

// Pairs that share no mapped objective but whose texts say they fund the same thing (the mapping put them
// under different objectives). An inverted index over the rarer words: two releases become a candidate when
// they share at least `minSharedWords` words that few releases use, their windows overlap and their scopes
// intersect; only those pay for a cosine. Common words (used by more than `maxPosting` releases) never pair
// anything, so the work stays near the number of releases on a large map.

export const minSharedWords = 2;
export const maxPosting = 40;

export const findWordingCandidates = <T extends SweepRelease>(
  releases: readonly T[],
  text: TextIndex,
  minWording: number,
  onPair: (a: T, b: T, wording: number) => void,
): void => {
  const indexOf = new Map(releases.map((release, index) => [release.id, index]));
  const postings = text.rarePostings(maxPosting).map((ids) =>
    ids.flatMap((id) => {
      const index = indexOf.get(id);
      return index === undefined ? [] : [index];
    }),
  );
  const sharedWords = new Map<number, number>();
  const width = releases.length;
  for (const list of postings)
    for (let i = 0; i < list.length; i += 1)
      for (let j = i + 1; j < list.length; j += 1) {
        const x = list[i] as number;
        const y = list[j] as number;
        const key = x < y ? x * width + y : y * width + x;
        sharedWords.set(key, (sharedWords.get(key) ?? 0) + 1);
      }
  for (const [key, count] of sharedWords) {
    if (count < minSharedWords) continue;
    const a = releases[Math.floor(key / width)] as T;
    const b = releases[key % width] as T;
    if (!a.anchor && !b.anchor) continue;
    if (Math.min(a.close_day, b.close_day) < Math.max(a.open_day, b.open_day)) continue;
    if (a.objective_ids.some((id) => b.objective_ids.includes(id))) continue;
    if (!scopesIntersect(a.region_ids, b.region_ids) || !scopesIntersect(a.sector_ids, b.sector_ids)) continue;
    const wording = text.similarity(a.id, b.id);
    if (wording < minWording) continue;
    if (a.id < b.id) onPair(a, b, wording);
    else onPair(b, a, wording);
  }
};
