import type {
  GaoComparison,
  GaoFragmentationFinding,
  GaoPairFinding,
  GaoProgram,
  GaoStream,
} from '../../contract/gao-review.js';
import type { Ref } from '../../contract/analytics/refs-and-filters.js';
import type { ReferenceData } from '../shared/reference-data.js';
import type { AreaFinding, ClassifiedPair } from './classify.js';
import { nextSteps } from './next-steps.js';
import type { Program } from './programs.js';
import type { ReviewInputs, ReviewStream } from './read-inputs.js';
import { amountCountedOnce } from '../shared/streams.js';

// Programs and findings as the response names them: ids turned into names, shared and unshared terms spelled out.

export interface Namer {
  reference: ReferenceData;
  inputs: ReviewInputs;
}

const byName = (a: Ref, b: Ref): number => a.name.localeCompare(b.name) || a.id.localeCompare(b.id);
const refs = (ids: Iterable<string>, name: (id: string) => Ref): Ref[] => [...ids].map(name).sort(byName);

const stream = ({ reference, inputs }: Namer, row: ReviewStream): GaoStream => ({
  id: row.id,
  name: row.name,
  agency: reference.agency(row.agency_id),
  amount: row.amount,
  passes_through_id: row.passes_through_id,
  beneficiaries:
    row.beneficiary_ids.length === 0
      ? null
      : refs(row.beneficiary_ids, (id) => inputs.beneficiaries.get(id) ?? { id, name: id }),
  activities:
    row.activity_ids.length === 0
      ? null
      : refs(row.activity_ids, (id) => inputs.activities.get(id) ?? { id, name: id }),
});

const namedPrograms = new WeakMap<Program, GaoProgram>();

/** A program as the response shows it; built once per program (it appears in many findings). */
export const program = (namer: Namer, unit: Program): GaoProgram => {
  const known = namedPrograms.get(unit);
  if (known) return known;
  const named = nameProgram(namer, unit);
  namedPrograms.set(unit, named);
  return named;
};

const nameProgram = (namer: Namer, unit: Program): GaoProgram => {
  // Named after the stream carrying most of its money; on a tie the one downstream (the state's stream, not the
  // federal allotment above it, which only carries the money to the state).
  const top = [...unit.streams].sort(
    (a, b) => b.amount - a.amount || Number(a.id === unit.id) - Number(b.id === unit.id) || a.id.localeCompare(b.id),
  )[0];
  return {
    id: unit.id,
    name: top?.name ?? unit.id,
    streams: unit.streams.map((member) => stream(namer, member)),
    agencies: [...unit.agencyIds].sort().map(namer.reference.agency),
    amount: unit.amount,
  };
};

const compare = (
  a: ReadonlySet<string> | null,
  b: ReadonlySet<string> | null,
  name: (id: string) => Ref,
): GaoComparison => {
  const first = a ?? new Set<string>();
  const second = b ?? new Set<string>();
  return {
    shared: refs(
      [...first].filter((id) => second.has(id)),
      name,
    ),
    first_only: refs(
      [...first].filter((id) => !second.has(id)),
      name,
    ),
    second_only: refs(
      [...second].filter((id) => !first.has(id)),
      name,
    ),
    not_known: [...(a === null ? ['first' as const] : []), ...(b === null ? ['second' as const] : [])],
  };
};

/** An overlap with a blank list could be duplication: say so rather than let the blank read as "no". */
const unknownNotes = (finding: Omit<GaoPairFinding, 'not_known'>, kind: ClassifiedPair['kind']): string[] =>
  (['beneficiaries', 'activities'] as const).flatMap((dimension) =>
    finding[dimension].not_known.map((side) => {
      const what = dimension === 'beneficiaries' ? 'Who it serves' : 'What it buys';
      const note = `${what} is not known for ${finding[side].name}`;
      return kind === 'overlap' ? `${note}: the pair could be duplication.` : `${note}.`;
    }),
  );

export const pairFinding = (namer: Namer, pair: ClassifiedPair): GaoPairFinding => {
  const { reference, inputs } = namer;
  const agencies = [...new Set([...pair.first.agencyIds, ...pair.second.agencyIds])].sort().map(reference.agency);
  const departments = [...new Map(agencies.map((agency) => [agency.department.id, agency.department])).values()];
  const finding = {
    first: program(namer, pair.first),
    second: program(namer, pair.second),
    agencies,
    departments: departments.sort(byName),
    amount: pair.first.amount + pair.second.amount,
    objectives: compare(pair.first.objectiveIds, pair.second.objectiveIds, reference.objective),
    beneficiaries: compare(
      pair.first.beneficiaryIds,
      pair.second.beneficiaryIds,
      (id) => inputs.beneficiaries.get(id) ?? { id, name: id },
    ),
    activities: compare(
      pair.first.activityIds,
      pair.second.activityIds,
      (id) => inputs.activities.get(id) ?? { id, name: id },
    ),
    next_step: nextSteps[pair.kind],
  };
  return { ...finding, not_known: unknownNotes(finding, pair.kind) };
};

const departmentsShown = 50;

export const fragmentationFinding = (
  namer: Namer,
  finding: AreaFinding,
  areaObjectives: (program: Program) => string[],
): GaoFragmentationFinding => {
  const { reference } = namer;
  const programsOf = new Map<string, Program[]>();
  for (const unit of finding.programs)
    for (const departmentId of unit.departmentIds) {
      const list = programsOf.get(departmentId);
      if (list) list.push(unit);
      else programsOf.set(departmentId, [unit]);
    }
  const named = new Map<Program, { id: string; name: string; amount: number; stream_ids: string[] }>();
  const nameOf = (unit: Program) => {
    let found = named.get(unit);
    if (!found) {
      const { id, name, amount, streams } = program(namer, unit);
      named.set(unit, (found = { id, name, amount, stream_ids: streams.map((row) => row.id) }));
    }
    return found;
  };
  const departments = [...programsOf.entries()].map(([departmentId, programs]) => {
    const inArea = new Set(programs.flatMap(areaObjectives));
    const streams = programs.flatMap((unit) =>
      unit.streams.filter(
        (row) =>
          reference.department(row.agency_id).id === departmentId &&
          row.objective_ids.some((objective) => inArea.has(objective)),
      ),
    );
    return {
      ...reference.department(departmentId),
      agencies: [...new Set(streams.map((row) => row.agency_id))].sort().map(reference.agency),
      units: programs,
      objectives: refs(
        new Set(streams.flatMap((row) => row.objective_ids).filter((id) => inArea.has(id))),
        reference.objective,
      ),
      amount: amountCountedOnce(streams),
    };
  });
  const departmentsOf = new Map<string, number>();
  for (const department of departments)
    for (const objective of department.objectives)
      departmentsOf.set(objective.id, (departmentsOf.get(objective.id) ?? 0) + 1);
  const objectiveIds = [...departmentsOf.keys()];
  return {
    area: finding.area,
    // A state has a few dozen departments; a many-state test map has thousands, so the largest are listed.
    departments: departments
      .sort((a, b) => b.amount - a.amount || byName(a, b))
      .slice(0, departmentsShown)
      .map(({ units, ...department }) => ({ ...department, programs: units.map(nameOf) })),
    department_count: departments.length,
    amount: finding.programs.reduce((total, unit) => total + unit.amount, 0),
    objectives: {
      shared: refs(
        objectiveIds.filter((id) => (departmentsOf.get(id) ?? 0) > 1),
        reference.objective,
      ),
      one_department: refs(
        objectiveIds.filter((id) => (departmentsOf.get(id) ?? 0) === 1),
        reference.objective,
      ),
    },
    pair_count: finding.pairCount,
    next_step: nextSteps.fragmentation,
  };
};
