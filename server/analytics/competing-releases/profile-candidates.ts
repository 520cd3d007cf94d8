import { scopesIntersect } from '../shared/scope.js';
import type { SweepRelease } from './sweep.js';

// Pairs that share no mapped objective but whose program profiles match (program-profile.ts): the third way a
// pair is found, after shared objectives and wording. Only releases of one department can match, so each
// department's releases are swept in order of opening and only pairs open together are asked; the work grows
// with the pairs of one department open at the same time, not with releases².

export const findProfileCandidates = <T extends SweepRelease & { department_id: string }>(
  releases: readonly T[],
  isMatch: (a: T, b: T) => boolean,
  onPair: (a: T, b: T) => void,
): void => {
  const byDepartment = new Map<string, T[]>();
  for (const release of releases) {
    const list = byDepartment.get(release.department_id);
    if (list) list.push(release);
    else byDepartment.set(release.department_id, [release]);
  }
  for (const list of byDepartment.values()) {
    list.sort((x, y) => x.open_day - y.open_day || (x.id < y.id ? -1 : 1));
    let open: T[] = [];
    for (const release of list) {
      open = open.filter((earlier) => earlier.close_day >= release.open_day);
      for (const earlier of open) {
        if (!earlier.anchor && !release.anchor) continue;
        if (earlier.objective_ids.some((id) => release.objective_ids.includes(id))) continue;
        if (!scopesIntersect(earlier.region_ids, release.region_ids)) continue;
        if (!scopesIntersect(earlier.sector_ids, release.sector_ids)) continue;
        const [a, b] = earlier.id < release.id ? [earlier, release] : [release, earlier];
        if (isMatch(a, b)) onPair(a, b);
      }
      open.push(release);
    }
  }
};
