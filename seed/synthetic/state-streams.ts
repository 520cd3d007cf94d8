import { YEARS } from '../demo-source/lakeland.js';
import type { Flexibility, ProgramSeed, Spending } from '../demo-source/program.js';
import { federalPrograms } from '../demo-source/programs-federal.js';
import { statePrograms } from '../demo-source/programs-state.js';
import { withRoles } from '../demo-source/program-roles.js';
import { programStreams } from '../demo-source/streams.js';
import type { Row } from './bundle.js';
import type { Random } from './random.js';
import type { StatePlaces } from './state-agencies.js';
import type { SyntheticState } from './states.js';

// One synthetic state's funding: every real federal program of the demo, most of the demo's state and
// philanthropic programs, and extra regional variants of them, so that objectives are funded many times over.

const flexibilities: readonly Flexibility[] = ['restricted', 'moderate', 'flexible'];
const roundThousands = (value: number): number => Math.max(1000, Math.round(value / 1000) * 1000);

const scaledAmounts = (program: ProgramSeed, factor: number, random: Random): ProgramSeed['amounts'] =>
  Object.fromEntries(
    YEARS.filter((year) => program.amounts[year] !== undefined).map((year) => [
      year,
      roundThousands((program.amounts[year] ?? 0) * factor * random.between(0.9, 1.1)),
    ]),
  );

const localize = (
  program: ProgramSeed,
  state: SyntheticState,
  places: StatePlaces,
  scale: number,
  random: Random,
): ProgramSeed => ({
  ...program,
  key: `${state.code}-${program.key}`,
  agencyId: places.agencyId(program.agencyId),
  passesThrough: program.passesThrough && `${state.code}-${program.passesThrough}`,
  amounts: scaledAmounts(program, scale, random),
  regionIds: program.regionIds
    ? random.sample(places.regions, random.int(1, 3)).map((region) => String(region.id))
    : undefined,
  notes: `Synthetic test data modelled on ${program.name}.`,
});

const regionalVariant = (base: ProgramSeed, index: number, places: StatePlaces, random: Random): ProgramSeed => {
  const region = random.pick(places.regions);
  const spending: Spending = random.chance(0.15) ? 'stalled' : random.chance(0.2) ? 'lagging' : 'normal';
  return {
    ...base,
    key: `${base.key}-regional-${index}`,
    name: `${String(region.name)} ${base.name}`,
    amounts: scaledAmounts(base, random.between(0.1, 0.4), random),
    flexibility: random.pick(flexibilities),
    regionIds: [String(region.id)],
    spending,
  };
};

export interface StateFunding {
  programs: ProgramSeed[];
  streams: Row[];
}

export const stateStreams = (
  state: SyntheticState,
  places: StatePlaces,
  scale: number,
  random: Random,
): StateFunding => {
  const federal = federalPrograms.map((program) => localize(withRoles(program), state, places, scale, random));
  const own = statePrograms
    .filter(() => random.chance(0.85))
    .map((program) => localize(withRoles(program), state, places, scale, random));
  const variants = Array.from({ length: random.int(20, 28) }, (_, index) =>
    regionalVariant(
      random.pick(own.length > 0 ? own : federal.filter((p) => !p.allottedBy)),
      index + 1,
      places,
      random,
    ),
  ).map((variant) => ({ ...variant, allottedBy: undefined, passesThrough: undefined, localShare: undefined }));
  const programs = [...federal, ...own, ...variants];
  const context = { stateName: state.name, boards: places.boards };
  return { programs, streams: programs.flatMap((program) => programStreams(program, context)) };
};
