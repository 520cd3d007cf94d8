import { emptyBundle, type Bundle, type Row } from '../synthetic/bundle.js';
import { hashString } from '../synthetic/random.js';
import { agencies } from './agencies.js';
import { chooseAwards, directAwards } from './awards.js';
import { AS_OF, YEARS, regions } from './lakeland.js';
import { objectives } from './objectives.js';
import { partnerships } from './partnerships.js';
import type { ProgramSeed } from './program.js';
import { activities, beneficiaries, withRoles } from './program-roles.js';
import { federalPrograms } from './programs-federal.js';
import { statePrograms } from './programs-state.js';
import { releasePlans } from './release-plans.js';
import { planReleases } from './releases.js';
import { NAICS_SOURCE, sectors } from './sectors.js';
import { solutions } from './solutions.js';
import { programStreams } from './streams.js';

// The curated tables -> the demo bundle. Pure and deterministic: the same tables give the same rows.

const requireValue = <T>(value: T | undefined, what: string): T => {
  if (value === undefined) throw new Error(`demo tables: unknown ${what}`);
  return value;
};

const requestRows = (): Row[] => {
  const solutionById = new Map(solutions.map((solution) => [solution.id, solution]));
  return partnerships.flatMap((partnership) =>
    partnership.requests.map(([solutionId, priority]) => {
      const solution = requireValue(solutionById.get(solutionId), `solution ${solutionId}`);
      const scale = 0.6 + partnership.businessChampions / 30;
      return {
        partnership_id: partnership.id,
        solution_id: solutionId,
        priority,
        year: YEARS[hashString(`${partnership.id}|${solutionId}`) % YEARS.length],
        estimated_cost: Math.round((solution.typicalCost * scale) / 10_000) * 10_000,
        as_of: AS_OF,
        notes: 'Illustrative estimate.',
      };
    }),
  );
};

export const buildDemoBundle = (): Bundle => {
  const programs: ProgramSeed[] = [...federalPrograms, ...statePrograms].map(withRoles);
  const programByKey = new Map(programs.map((program) => [program.key, program]));
  const streams = programs.flatMap((program) => programStreams(program));
  const amountById = new Map(streams.map((stream) => [String(stream.id), Number(stream.amount)]));
  const releases = releasePlans.flatMap((plan) =>
    planReleases(plan, requireValue(programByKey.get(plan.program), `program ${plan.program}`), (id) =>
      requireValue(amountById.get(id), `stream ${id}`),
    ),
  );
  return {
    ...emptyBundle(),
    agencies: agencies.map((agency) => ({
      id: agency.id,
      name: agency.name,
      acronym: agency.acronym,
      level: agency.level,
      kind: agency.kind,
      parent_id: agency.parentId,
      source_url: agency.sourceUrl,
      as_of: AS_OF,
    })),
    objectives: objectives.map((objective) => ({ ...objective, as_of: AS_OF })),
    sectors: sectors.map((sector) => ({ ...sector, source_url: NAICS_SOURCE, as_of: AS_OF })),
    regions: regions.map((region) => ({ ...region, as_of: AS_OF, notes: 'Fictional region of Lakeland.' })),
    beneficiaries: beneficiaries.map((beneficiary) => ({ ...beneficiary, as_of: AS_OF })),
    activities: activities.map((activity) => ({ ...activity, as_of: AS_OF })),
    funding_streams: streams,
    partnerships: partnerships.map((partnership) => ({
      id: partnership.id,
      name: partnership.name,
      region_id: partnership.regionId,
      sector_ids: partnership.sectorIds,
      stage: partnership.stage,
      applicant_type: partnership.applicantType,
      business_champions: partnership.businessChampions,
      as_of: AS_OF,
      notes: 'Fictional partnership.',
    })),
    solutions: solutions.map((solution) => ({
      id: solution.id,
      name: solution.name,
      category: solution.category,
      objective_ids: solution.objectiveIds,
      source_url: solution.sourceUrl,
      as_of: AS_OF,
    })),
    requests: requestRows(),
    releases,
    awards: [...directAwards, ...chooseAwards(partnerships, releases, streams, solutions)],
  };
};
