import { agencies as demoAgencies } from '../demo-source/agencies.js';
import { AS_OF } from '../demo-source/lakeland.js';
import { objectives } from '../demo-source/objectives.js';
import { activities, beneficiaries } from '../demo-source/program-roles.js';
import { sectors } from '../demo-source/sectors.js';
import { solutions } from '../demo-source/solutions.js';
import { emptyBundle, type Bundle, type Row } from './bundle.js';
import { createRandom } from './random.js';
import { stateAgencies } from './state-agencies.js';
import { stateAwards } from './state-awards.js';
import { statePartnerships } from './state-partnerships.js';
import { stateReleases } from './state-releases.js';
import { stateStreams } from './state-streams.js';
import { syntheticStates } from './states.js';

// A synthetic braid/1 map of any number of states, for load tests and benchmarks. Objectives, sectors,
// solutions and federal agencies are shared; everything else belongs to one state and its ids start with
// the state's code. Each state draws from its own seeded generator, so state N is the same in every run
// with the same seed, whatever the number of states.
//
// A stream or release with no region is statewide. In a graph of many states with no state boundary that would
// open it to every state's partnerships and make it compete with every state's releases; no real map is like
// that (Braid maps one state), so the generator scopes such rows to their own state's regions: the same meaning
// inside the state, and states stay apart.

export interface SyntheticOptions {
  states: number;
  seed: number;
}

const sharedRows = (bundle: Bundle): void => {
  bundle.agencies.push(
    ...demoAgencies
      .filter((agency) => agency.level === 'federal')
      .map((agency) => ({
        id: agency.id,
        name: agency.name,
        acronym: agency.acronym,
        level: agency.level,
        kind: agency.kind,
        parent_id: agency.parentId,
        as_of: AS_OF,
      })),
  );
  bundle.objectives.push(...objectives.map((objective) => ({ ...objective, as_of: AS_OF })));
  bundle.sectors.push(...sectors.map((sector) => ({ ...sector, as_of: AS_OF })));
  bundle.beneficiaries.push(...beneficiaries.map((beneficiary) => ({ ...beneficiary, as_of: AS_OF })));
  bundle.activities.push(...activities.map((activity) => ({ ...activity, as_of: AS_OF })));
  bundle.solutions.push(
    ...solutions.map((solution) => ({
      id: solution.id,
      name: solution.name,
      category: solution.category,
      objective_ids: solution.objectiveIds,
      as_of: AS_OF,
    })),
  );
};

const scopedToState = (rows: Row[], regionIds: string[]): Row[] =>
  rows.map((row) =>
    Array.isArray(row.region_ids) && row.region_ids.length > 0 ? row : { ...row, region_ids: regionIds },
  );

export const generateSynthetic = ({ states, seed }: SyntheticOptions): Bundle => {
  if (!Number.isInteger(states) || states < 1) throw new Error('states must be a whole number of at least 1');
  const bundle = emptyBundle();
  sharedRows(bundle);
  for (const state of syntheticStates(states)) {
    const random = createRandom(`${seed}:${state.code}`);
    const places = stateAgencies(state, random);
    const { streams } = stateStreams(state, places, random.between(0.35, 3), random);
    const releases = stateReleases(streams, places, random);
    const { partnerships, requests } = statePartnerships(state, places, random);
    bundle.agencies.push(...places.agencies);
    bundle.regions.push(...places.regions);
    const regionIds = places.regions.map((region) => String(region.id));
    bundle.funding_streams.push(...scopedToState(streams, regionIds));
    bundle.releases.push(...scopedToState(releases, regionIds));
    bundle.partnerships.push(...partnerships);
    bundle.requests.push(...requests);
    // Awards are drawn from the rows as generated, before scoping, so the random draws stay as they were.
    bundle.awards.push(...stateAwards(partnerships, releases, streams, random));
  }
  return bundle;
};
