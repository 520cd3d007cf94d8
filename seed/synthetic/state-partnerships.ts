import { AS_OF, YEARS } from '../demo-source/lakeland.js';
import { applicant } from '../demo-source/program.js';
import { sectors } from '../demo-source/sectors.js';
import { solutions } from '../demo-source/solutions.js';
import type { Row } from './bundle.js';
import type { Random } from './random.js';
import type { StatePlaces } from './state-agencies.js';
import type { SyntheticState } from './states.js';

// One synthetic state's sector partnerships (about 100) and their requests (about 5 each). Child care and
// worker transportation are asked for more often than anything else, as in the demo, and funded least.

const stages = ['exploring', 'launching', 'launching', 'implementing', 'implementing', 'sustaining'] as const;
const applicantTypes = [
  applicant.board,
  applicant.consortium,
  applicant.nonprofit,
  applicant.college,
  applicant.edo,
  applicant.labor,
] as const;

const requestWeight: Record<string, number> = {
  'child-care': 4,
  'worker-transportation': 4,
  'incumbent-upskilling': 3,
  'career-pathways': 3,
  'registered-apprenticeship': 2,
  'workforce-housing': 2,
};

/** `count` distinct solutions, likelier the heavier their weight. */
const pickSolutions = (count: number, random: Random): string[] => {
  const pool = solutions.map((solution) => ({ id: solution.id, weight: requestWeight[solution.id] ?? 1 }));
  const chosen: string[] = [];
  while (chosen.length < count && pool.length > 0) {
    let roll = random.between(
      0,
      pool.reduce((sum, item) => sum + item.weight, 0),
    );
    const index = Math.max(
      0,
      pool.findIndex((item) => (roll -= item.weight) < 0),
    );
    chosen.push(pool[index]?.id ?? '');
    pool.splice(index, 1);
  }
  return chosen;
};

export interface StatePartnerships {
  partnerships: Row[];
  requests: Row[];
}

export const statePartnerships = (state: SyntheticState, places: StatePlaces, random: Random): StatePartnerships => {
  const partnerships: Row[] = [];
  const requests: Row[] = [];
  const costById = new Map(solutions.map((solution) => [solution.id, solution.typicalCost]));
  const count = random.int(80, 120);
  for (let index = 1; index <= count; index++) {
    const region = random.pick(places.regions);
    const sectorIds = random.sample(sectors, random.chance(0.3) ? 2 : 1).map((sector) => sector.id);
    const sectorName = sectors.find((sector) => sector.id === sectorIds[0])?.name ?? 'Industry';
    const id = `${state.code}-partnership-${index}`;
    const champions = random.int(2, 40);
    partnerships.push({
      id,
      name: `${String(region.name)} ${sectorName} Partnership ${index}`,
      region_id: region.id,
      sector_ids: sectorIds,
      stage: random.pick(stages),
      applicant_type: random.pick(applicantTypes),
      business_champions: champions,
      as_of: AS_OF,
    });
    for (const solutionId of pickSolutions(random.int(3, 7), random))
      requests.push({
        partnership_id: id,
        solution_id: solutionId,
        priority: random.int(1, 5),
        year: random.pick(YEARS),
        estimated_cost: Math.round(((costById.get(solutionId) ?? 100_000) * (0.6 + champions / 30)) / 10_000) * 10_000,
        as_of: AS_OF,
      });
  }
  return { partnerships, requests };
};
