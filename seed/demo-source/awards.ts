import type { Row } from '../synthetic/bundle.js';
import { hashString } from '../synthetic/random.js';
import { AS_OF, YEARS } from './lakeland.js';
import type { PartnershipSeed } from './partnerships.js';
import type { SolutionSeed } from './solutions.js';

// What actually flowed: each partnership wins a few releases it could have applied to (eligible applicant
// type, matching region and sector, an objective one of its requests needs), more as its stage matures, and
// from different streams in the same year (braided funding). Awards never exceed what the release offered or
// what its stream obligated.

const awardsPerYear: Record<PartnershipSeed['stage'], readonly number[]> = {
  exploring: [0, 0, 1],
  launching: [0, 1, 1],
  implementing: [1, 2, 2],
  sustaining: [2, 2, 2],
};

const list = (cell: Row[string]): readonly string[] => (Array.isArray(cell) ? cell : []);
const roundTo = (value: number, step: number): number => Math.floor(value / step) * step;

const fits = (release: Row, partnership: PartnershipSeed): boolean => {
  const eligible = list(release.eligible_applicants);
  const regions = list(release.region_ids);
  const sectors = list(release.sector_ids);
  return (
    typeof release.amount === 'number' &&
    (eligible.length === 0 || eligible.includes(partnership.applicantType)) &&
    (regions.length === 0 || regions.includes(partnership.regionId)) &&
    (sectors.length === 0 || sectors.some((sector) => partnership.sectorIds.includes(sector)))
  );
};

/** The best (lowest) priority among the partnership's requests the release could pay for, if any. */
const bestPriority = (release: Row, partnership: PartnershipSeed, solutions: Map<string, SolutionSeed>) => {
  const objectives = list(release.objective_ids);
  const priorities = partnership.requests
    .filter(([solutionId]) => solutions.get(solutionId)?.objectiveIds.some((id) => objectives.includes(id)))
    .map(([, priority]) => priority);
  return priorities.length === 0 ? undefined : Math.min(...priorities);
};

export const chooseAwards = (
  partnerships: readonly PartnershipSeed[],
  releases: readonly Row[],
  streams: readonly Row[],
  solutions: readonly SolutionSeed[],
): Row[] => {
  const solutionById = new Map(solutions.map((solution) => [solution.id, solution]));
  const streamById = new Map(streams.map((stream) => [String(stream.id), stream]));
  const releaseLeft = new Map(releases.map((release) => [String(release.id), Number(release.amount ?? 0)]));
  const streamLeft = new Map(streams.map((stream) => [String(stream.id), Number(stream.obligated ?? 0)]));
  const awards: Row[] = [];
  for (const partnership of partnerships) {
    YEARS.forEach((year, yearIndex) => {
      const candidates = releases
        .filter((release) => streamById.get(String(release.stream_id))?.fiscal_year === year)
        .filter((release) => fits(release, partnership))
        .map((release) => ({ release, priority: bestPriority(release, partnership, solutionById) }))
        .filter((candidate) => candidate.priority !== undefined)
        .sort(
          (x, y) =>
            (x.priority ?? 9) - (y.priority ?? 9) ||
            hashString(`${partnership.id}|${x.release.id}`) - hashString(`${partnership.id}|${y.release.id}`),
        );
      const wanted = awardsPerYear[partnership.stage][yearIndex] ?? 0;
      const usedStreams = new Set<string>();
      for (const { release } of candidates) {
        if (usedStreams.size >= wanted) break;
        const releaseId = String(release.id);
        const streamId = String(release.stream_id);
        if (usedStreams.has(streamId)) continue;
        const share = 0.04 + (hashString(`${releaseId}|${partnership.id}`) % 1000) / 9000;
        const cap = Math.min(releaseLeft.get(releaseId) ?? 0, streamLeft.get(streamId) ?? 0);
        const amount = roundTo(Math.min(cap, Math.max(50_000, Number(release.amount) * share)), 5000);
        if (amount < 25_000) continue;
        releaseLeft.set(releaseId, (releaseLeft.get(releaseId) ?? 0) - amount);
        streamLeft.set(streamId, (streamLeft.get(streamId) ?? 0) - amount);
        usedStreams.add(streamId);
        awards.push({
          stream_id: streamId,
          partnership_id: partnership.id,
          amount,
          fiscal_year: year,
          release_id: releaseId,
          as_of: AS_OF,
          notes: 'Illustrative award.',
        });
      }
    });
  }
  return awards;
};

/** Awards made without a release in the demo years: the balance of a 2022 Good Jobs Challenge award. */
export const directAwards: readonly Row[] = [
  {
    stream_id: 'eda-good-jobs-fy2024',
    partnership_id: 'harbor-healthcare',
    amount: 4_200_000,
    fiscal_year: 2024,
    as_of: AS_OF,
    notes: 'Illustrative: balance of a 2022 Good Jobs Challenge award to the regional healthcare system.',
  },
  {
    stream_id: 'eda-good-jobs-fy2024',
    partnership_id: 'lakeshore-manufacturing',
    amount: 3_100_000,
    fiscal_year: 2024,
    as_of: AS_OF,
    notes: 'Illustrative: balance of a 2022 Good Jobs Challenge award to the manufacturing partnership.',
  },
];
