import { AS_OF, YEARS } from '../demo-source/lakeland.js';
import type { Row } from './bundle.js';
import type { Random } from './random.js';

// One synthetic state's awards: each partnership wins a few releases it was eligible for, from different
// streams in the same year, never more than the release offered or its stream obligated.

const awardsPerYear: Record<string, readonly [number, number]> = {
  exploring: [0, 1],
  launching: [0, 2],
  implementing: [1, 3],
  sustaining: [1, 3],
};
const CANDIDATES_TRIED = 12;

const list = (cell: Row[string]): readonly string[] => (Array.isArray(cell) ? cell : []);

const fits = (release: Row, partnership: Row): boolean => {
  const eligible = list(release.eligible_applicants);
  const regions = list(release.region_ids);
  const sectors = list(release.sector_ids);
  return (
    typeof release.amount === 'number' &&
    (eligible.length === 0 || eligible.includes(String(partnership.applicant_type))) &&
    (regions.length === 0 || regions.includes(String(partnership.region_id))) &&
    (sectors.length === 0 || sectors.some((sector) => list(partnership.sector_ids).includes(sector)))
  );
};

export const stateAwards = (
  partnerships: readonly Row[],
  releases: readonly Row[],
  streams: readonly Row[],
  random: Random,
): Row[] => {
  const yearOf = new Map(streams.map((stream) => [String(stream.id), Number(stream.fiscal_year)]));
  const streamLeft = new Map(streams.map((stream) => [String(stream.id), Number(stream.obligated ?? 0)]));
  const releaseLeft = new Map(releases.map((release) => [String(release.id), Number(release.amount ?? 0)]));
  const releasesByYear = new Map(
    YEARS.map((year) => [year, releases.filter((release) => yearOf.get(String(release.stream_id)) === year)]),
  );
  const awards: Row[] = [];
  for (const partnership of partnerships) {
    const [min, max] = awardsPerYear[String(partnership.stage)] ?? [0, 1];
    for (const year of YEARS) {
      const wanted = random.int(min, max);
      const streamsUsed = new Set<string>();
      for (const release of random.sample(releasesByYear.get(year) ?? [], CANDIDATES_TRIED)) {
        if (streamsUsed.size >= wanted) break;
        const streamId = String(release.stream_id);
        if (streamsUsed.has(streamId) || !fits(release, partnership)) continue;
        const cap = Math.min(releaseLeft.get(String(release.id)) ?? 0, streamLeft.get(streamId) ?? 0);
        const amount = Math.floor(Math.min(cap, Number(release.amount) * random.between(0.05, 0.3)) / 1000) * 1000;
        if (amount < 5000) continue;
        releaseLeft.set(String(release.id), (releaseLeft.get(String(release.id)) ?? 0) - amount);
        streamLeft.set(streamId, (streamLeft.get(streamId) ?? 0) - amount);
        streamsUsed.add(streamId);
        awards.push({
          stream_id: streamId,
          partnership_id: partnership.id,
          amount,
          fiscal_year: year,
          release_id: release.id,
          as_of: AS_OF,
        });
      }
    }
  }
  return awards;
};
