import type { ReviewStream } from './read-inputs.js';

// The review compares programs, not single streams: money passed from one stream to another (federal allotment ->
// state stream -> local allocations) is one program's money, so those streams are one program, counted once,
// and never compared with each other.

export interface Program {
  /** The stream at the top of the pass-through chain. */
  id: string;
  streams: ReviewStream[];
  agencyIds: Set<string>;
  departmentIds: Set<string>;
  objectiveIds: Set<string>;
  /** null: no stream of the program lists any (not known). */
  beneficiaryIds: Set<string> | null;
  activityIds: Set<string> | null;
  /** Empty: any sector / statewide (some stream of the program is not limited). */
  sectorIds: string[];
  regionIds: string[];
  amount: number;
}

const unionOrNull = (lists: string[][]): Set<string> | null => {
  const all = new Set(lists.flat());
  return all.size === 0 ? null : all;
};

/** A scope of the whole program: any, when one of its streams is not limited; else every stream's scope together. */
const programScope = (lists: string[][]): string[] =>
  lists.some((list) => list.length === 0) ? [] : [...new Set(lists.flat())].sort();

export const groupPrograms = (streams: ReviewStream[], departmentOf: (agencyId: string) => string): Program[] => {
  const byId = new Map(streams.map((stream) => [stream.id, stream]));
  const rootOf = (stream: ReviewStream): ReviewStream => {
    const seen = new Set<string>([stream.id]);
    let top = stream;
    for (
      let up = byId.get(top.passes_through_id ?? '');
      up && !seen.has(up.id);
      up = byId.get(top.passes_through_id ?? '')
    ) {
      seen.add(up.id);
      top = up;
    }
    return top;
  };
  const groups = new Map<string, ReviewStream[]>();
  for (const stream of streams) {
    const root = rootOf(stream).id;
    const group = groups.get(root);
    if (group) group.push(stream);
    else groups.set(root, [stream]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([id, members]) => {
      const agencyIds = new Set(members.map((stream) => stream.agency_id));
      const ids = new Set(members.map((stream) => stream.id));
      return {
        id,
        streams: members,
        agencyIds,
        departmentIds: new Set([...agencyIds].map(departmentOf)),
        objectiveIds: new Set(members.flatMap((stream) => stream.objective_ids)),
        beneficiaryIds: unionOrNull(members.map((stream) => stream.beneficiary_ids)),
        activityIds: unionOrNull(members.map((stream) => stream.activity_ids)),
        sectorIds: programScope(members.map((stream) => stream.sector_ids)),
        regionIds: programScope(members.map((stream) => stream.region_ids)),
        // Pass-through counted once: a stream fed by another stream of the program is part of that stream's money.
        amount: members.reduce(
          (total, stream) =>
            stream.passes_through_id !== null && ids.has(stream.passes_through_id) ? total : total + stream.amount,
          0,
        ),
      };
    });
};
