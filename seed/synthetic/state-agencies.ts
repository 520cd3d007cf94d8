import { agencies as demoAgencies } from '../demo-source/agencies.js';
import { AS_OF, type BoardSeed } from '../demo-source/lakeland.js';
import type { Row } from './bundle.js';
import type { Random } from './random.js';
import { regionNames, type SyntheticState } from './states.js';

// One synthetic state's places and institutions: regions, local workforce boards covering them, the demo's
// state departments and divisions under the state's name, and its private funders.

export interface StatePlaces {
  regions: Row[];
  agencies: Row[];
  boards: BoardSeed[];
  /** A demo agency id -> this state's agency id (federal agencies are shared and keep theirs). */
  agencyId: (demoId: string) => string;
}

const slug = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]+/g, '-');

/** Demo private funders -> the synthetic state's own (one community foundation, two corporate ones). */
const funderSuffix: Record<string, string> = {
  'lakeland-cf': 'community-foundation',
  'northstar-foundation': 'corporate-foundation-1',
  'harbor-health-foundation': 'corporate-foundation-2',
};

export const stateAgencies = (state: SyntheticState, random: Random): StatePlaces => {
  const prefix = (id: string) => `${state.code}-${id}`;
  const names = random.sample(regionNames, random.int(6, 10));
  const regions: Row[] = names.map((name) => ({
    id: prefix(slug(name)),
    name: `${state.name} ${name}`,
    as_of: AS_OF,
  }));
  const boardCount = random.int(4, Math.min(8, regions.length));
  const boards: BoardSeed[] = Array.from({ length: boardCount }, (_, index) => ({
    id: prefix(`wdb-${index + 1}`),
    name: `${state.name} ${names[index] ?? index + 1} Workforce Board`,
    regionIds: regions.filter((_, regionIndex) => regionIndex % boardCount === index).map((row) => String(row.id)),
    share: 0,
  }));
  const weights = boards.map(() => random.between(0.5, 1.5));
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  boards.forEach((board, index) => (board.share = (weights[index] ?? 1) / total));

  const agencyId = (demoId: string): string => {
    const demo = demoAgencies.find((agency) => agency.id === demoId);
    if (demo?.level === 'federal') return demoId;
    return prefix(funderSuffix[demoId] ?? demoId);
  };
  const agencies: Row[] = [
    ...demoAgencies
      .filter((agency) => agency.level === 'state')
      .map((agency) => ({
        id: agencyId(agency.id),
        name: agency.parentId ? agency.name : `${state.name} ${agency.name}`,
        acronym: agency.acronym && `${state.code}-${agency.acronym}`,
        level: agency.level,
        kind: agency.kind,
        parent_id: agency.parentId && agencyId(agency.parentId),
        as_of: AS_OF,
      })),
    ...boards.map((board) => ({
      id: board.id,
      name: board.name,
      level: 'regional',
      kind: 'local workforce development board',
      as_of: AS_OF,
    })),
    ...demoAgencies
      .filter((agency) => agency.level === 'private')
      .map((agency, index) => ({
        id: agencyId(agency.id),
        name: `${state.name} ${index === 0 ? 'Community Foundation' : `Corporate Foundation ${index}`}`,
        level: 'private',
        kind: agency.kind,
        as_of: AS_OF,
      })),
  ];
  return { regions, agencies, boards, agencyId };
};
