import { BitIndex, firstCommon, intersects, type Bits } from './bit-sets.js';
import type { Program } from './programs.js';

// GAO-15-49SP's three classes, on programs (pass-through chains, see programs.ts), for one fiscal year:
// - duplication: programs of different agencies sharing an objective that deliver a shared activity to a shared
//   beneficiary;
// - overlap: programs of different agencies sharing an objective that share an activity or a beneficiary;
// - fragmentation: a broad area (objective category) served by programs of more than one department.
// A pair is counted in the narrowest class it meets only. Blank beneficiaries or activities are not known: never
// a match. Programs whose scopes (sectors, regions) do not intersect serve different people and do not overlap.

export type PairClass = 'overlap' | 'duplication';

export interface ClassifiedPair {
  kind: PairClass;
  first: Program;
  second: Program;
}

export interface AreaFinding {
  area: string;
  /** Programs of the area with at least one partner of another department in no narrower class. */
  programs: Program[];
  pairCount: number;
}

export interface Classification {
  pairs: ClassifiedPair[];
  areas: AreaFinding[];
  /** Pairs sharing objectives across agencies that a blank list kept from being judged overlap or duplication. */
  undetermined: number;
}

const pushTo = <K, V>(map: Map<K, V[]>, key: K, value: V): void => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

const disjoint = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean => {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const id of small) if (large.has(id)) return false;
  return true;
};

interface Profile {
  program: Program;
  objectives: Bits;
  /** null: any sector / statewide. */
  sectors: Bits | null;
  regions: Bits | null;
  /** null: not known. */
  beneficiaries: Bits | null;
  activities: Bits | null;
}

const profiles = (programs: readonly Program[]): { list: Profile[]; objectiveCount: number } => {
  const index = (pick: (program: Program) => Iterable<string>) => new BitIndex(programs.flatMap((p) => [...pick(p)]));
  const objectives = index((program) => program.objectiveIds);
  const sectors = index((program) => program.sectorIds);
  const regions = index((program) => program.regionIds);
  const beneficiaries = index((program) => program.beneficiaryIds ?? []);
  const activities = index((program) => program.activityIds ?? []);
  const list = programs.map((program) => ({
    program,
    objectives: objectives.bits(program.objectiveIds),
    sectors: program.sectorIds.length === 0 ? null : sectors.bits(program.sectorIds),
    regions: program.regionIds.length === 0 ? null : regions.bits(program.regionIds),
    beneficiaries: program.beneficiaryIds && beneficiaries.bits(program.beneficiaryIds),
    activities: program.activityIds && activities.bits(program.activityIds),
  }));
  return { list, objectiveCount: new Set(programs.flatMap((program) => [...program.objectiveIds])).size };
};

const scopesMeet = (a: Bits | null, b: Bits | null): boolean => a === null || b === null || intersects(a, b);

/** Shared, or null when either side is not known. */
const sharedOrUnknown = (a: Bits | null, b: Bits | null): boolean | null =>
  a === null || b === null ? null : intersects(a, b);

/** The class of a pair sharing an objective, 'undetermined' when a blank list decides it, or null. */
const classifyProfiles = (a: Profile, b: Profile): PairClass | 'undetermined' | null => {
  if (!scopesMeet(a.regions, b.regions) || !scopesMeet(a.sectors, b.sectors)) return null;
  if (!disjoint(a.program.agencyIds, b.program.agencyIds)) return null;
  const beneficiaries = sharedOrUnknown(a.beneficiaries, b.beneficiaries);
  const activities = sharedOrUnknown(a.activities, b.activities);
  if (beneficiaries === true && activities === true) return 'duplication';
  if (beneficiaries === true || activities === true) return 'overlap';
  return beneficiaries === null || activities === null ? 'undetermined' : null;
};

/** Every subset of a small set, as sorted keys (departments of one program: a handful). */
const subsetKeys = (ids: readonly string[]): Array<{ key: string; size: number }> => {
  const sorted = [...ids].sort();
  const keys: Array<{ key: string; size: number }> = [];
  const limit = Math.min(sorted.length, 12);
  for (let mask = 1; mask < 1 << limit; mask++) {
    const members = sorted.filter((_, index) => mask & (1 << index));
    keys.push({ key: members.join('\u0000'), size: members.length });
  }
  return keys;
};

const fragmentedAreas = (
  programs: readonly Program[],
  areasOf: (program: Program) => ReadonlySet<string>,
  narrowerPartners: Map<string, Map<Program, number>>,
): AreaFinding[] => {
  const byArea = new Map<string, Program[]>();
  const subsetCache = new Map<Program, Array<{ key: string; size: number }>>();
  const subsetsOf = (program: Program) => {
    let keys = subsetCache.get(program);
    if (!keys) subsetCache.set(program, (keys = subsetKeys([...program.departmentIds])));
    return keys;
  };
  for (const program of programs) for (const area of areasOf(program)) pushTo(byArea, area, program);
  return [...byArea.entries()].flatMap(([area, members]) => {
    // Programs sharing no department with a program, counted by inclusion-exclusion over department subsets.
    const subsetCounts = new Map<string, number>();
    const subsets = new Map(members.map((program) => [program, subsetsOf(program)]));
    for (const keys of subsets.values())
      for (const { key } of keys) subsetCounts.set(key, (subsetCounts.get(key) ?? 0) + 1);
    let partnerTotal = 0;
    const listed = members.filter((program) => {
      const sharing = (subsets.get(program) ?? []).reduce(
        (total, { key, size }) => total + (size % 2 === 1 ? 1 : -1) * (subsetCounts.get(key) ?? 0),
        0,
      );
      const partners = members.length - sharing - (narrowerPartners.get(area)?.get(program) ?? 0);
      partnerTotal += partners;
      return partners > 0;
    });
    return listed.length > 0 ? [{ area, programs: listed, pairCount: partnerTotal / 2 }] : [];
  });
};

export const classifyPrograms = (
  programs: readonly Program[],
  areasOf: (program: Program) => ReadonlySet<string>,
): Classification => {
  const { list, objectiveCount } = profiles(programs);
  const byObjective: Profile[][] = Array.from({ length: objectiveCount }, () => []);
  for (const profile of list)
    for (let position = 0; position < objectiveCount; position++)
      if (((profile.objectives[position >>> 5] ?? 0) & (1 << (position & 31))) !== 0)
        byObjective[position]?.push(profile);
  const pairs: ClassifiedPair[] = [];
  const narrowerPartners = new Map<string, Map<Program, number>>();
  const countNarrower = (area: string, program: Program) => {
    const counts = narrowerPartners.get(area) ?? new Map<Program, number>();
    counts.set(program, (counts.get(program) ?? 0) + 1);
    narrowerPartners.set(area, counts);
  };
  let undetermined = 0;
  byObjective.forEach((members, objective) => {
    for (let i = 0; i < members.length; i++)
      for (let j = i + 1; j < members.length; j++) {
        const a = members[i] as Profile;
        const b = members[j] as Profile;
        // Each pair once: at the first objective the two share.
        if (firstCommon(a.objectives, b.objectives) !== objective) continue;
        const first = a.program;
        const second = b.program;
        const kind = classifyProfiles(a, b);
        if (kind === 'undetermined') undetermined += 1;
        if (kind !== 'overlap' && kind !== 'duplication') continue;
        pairs.push(first.id < second.id ? { kind, first, second } : { kind, first: second, second: first });
        // In a narrower class, so not a fragmentation pair in any area the two programs share.
        if (!disjoint(first.departmentIds, second.departmentIds)) continue;
        const secondAreas = areasOf(second);
        for (const area of areasOf(first))
          if (secondAreas.has(area)) {
            countNarrower(area, first);
            countNarrower(area, second);
          }
      }
  });
  return { pairs, areas: fragmentedAreas(programs, areasOf, narrowerPartners), undetermined };
};
