import type { ReviewStream } from './read-inputs.js';
import { amountCountedOnce, groupByChainTop } from '../shared/streams.js';

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
  return [...groupByChainTop(streams)]
    .map(([top, members]) => [top.id, members] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([id, members]) => {
      const agencyIds = new Set(members.map((stream) => stream.agency_id));
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
        amount: amountCountedOnce(members),
      };
    });
};
