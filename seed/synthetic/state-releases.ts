import { AS_OF } from '../demo-source/lakeland.js';
import { sectors } from '../demo-source/sectors.js';
import type { Row } from './bundle.js';
import type { Random } from './random.js';
import type { StatePlaces } from './state-agencies.js';

// One synthetic state's solicitations: two to six per stream a year, with random windows inside the fiscal
// year, so releases of different agencies chasing the same objectives overlap as they do in real states.

const DAY_MS = 86_400_000;
const windowDays = [21, 30, 45, 60, 60, 75, 90, 120, 180, 270] as const;
const kinds = ['Grants', 'RFP', 'Solicitation', 'Competitive Round', 'Pilot Grants', 'Open Call'] as const;
const notSolicited = new Set(['state agency', 'individual']);

const list = (cell: Row[string]): string[] => (Array.isArray(cell) ? [...cell] : []);
const isoDate = (time: number): string => new Date(time).toISOString().slice(0, 10);

/** Whether a stream is given out through solicitations (not a federal allotment or a staffing grant). */
const solicits = (stream: Row): boolean => list(stream.eligible_applicants).some((type) => !notSolicited.has(type));

const randomScope = (own: string[], pool: readonly string[], chance: number, random: Random): string[] =>
  own.length > 0 ? own : random.chance(chance) ? random.sample(pool, random.int(1, 2)) : [];

export const stateReleases = (streams: readonly Row[], places: StatePlaces, random: Random): Row[] => {
  const parentOf = new Map(places.agencies.map((agency) => [String(agency.id), agency.parent_id]));
  const regionIds = places.regions.map((region) => String(region.id));
  const sectorIds = sectors.map((sector) => sector.id);
  return streams.filter(solicits).flatMap((stream) => {
    const year = Number(stream.fiscal_year);
    const count = random.int(2, 6);
    const weights = Array.from({ length: count }, () => random.between(0.5, 1.5));
    const offered = Number(stream.amount) * random.between(0.6, 0.95);
    const totalWeight = weights.reduce((sum, weight) => sum + weight, 0);
    const programName = String(stream.name).replace(/ FY\d+$/, '');
    const objectives = list(stream.objective_ids);
    const agencyId = String(stream.agency_id);
    return weights.map((weight, index) => {
      const opens = Date.UTC(year - 1, 6, 1) + random.int(0, 364) * DAY_MS;
      const parent = parentOf.get(agencyId);
      return {
        id: `${String(stream.id)}-r${index + 1}`,
        title: `${programName}: ${random.pick(kinds)} ${index + 1} FY${year}`,
        agency_id: typeof parent === 'string' && random.chance(0.15) ? parent : agencyId,
        stream_id: stream.id,
        opens: isoDate(opens),
        closes: isoDate(opens + random.pick(windowDays) * DAY_MS),
        amount: random.chance(0.05)
          ? undefined
          : Math.max(1000, Math.round((offered * weight) / totalWeight / 1000) * 1000),
        objective_ids: random.sample(objectives, random.int(1, objectives.length)),
        sector_ids: randomScope(list(stream.sector_ids), sectorIds, 0.25, random),
        region_ids: randomScope(list(stream.region_ids), regionIds, 0.2, random),
        beneficiary_ids: list(stream.beneficiary_ids),
        activity_ids: list(stream.activity_ids),
        eligible_applicants: list(stream.eligible_applicants),
        as_of: AS_OF,
      };
    });
  });
};
