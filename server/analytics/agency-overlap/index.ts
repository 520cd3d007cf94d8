import type { AnalyticsReads } from '../../repositories/analytics-inputs.js';
import type { AgencyOverlapPair, AgencyOverlapResponse } from '../../contract/analytics/agency-overlap.js';
import type { AnalyticsContext } from '../shared/context.js';
import { jaccard } from '../shared/similarity.js';
import { readStreams } from '../shared/streams.js';
import { TopN } from '../shared/top-n.js';

// Agencies' objective sets as bitsets: comparing two agencies is one AND and a bit count per 32 objectives,
// so every pair of agencies is checked in a few milliseconds even with a thousand agencies.

interface AgencySet {
  id: string;
  objectives: string[];
  bits: Uint32Array;
}

const popcount = (word: number): number => {
  let x = word - ((word >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
};

const sharedCount = (a: Uint32Array, b: Uint32Array): number => {
  let count = 0;
  for (let word = 0; word < a.length; word++) count += popcount((a[word] ?? 0) & (b[word] ?? 0));
  return count;
};

interface Found {
  a: AgencySet;
  b: AgencySet;
  shared: number;
  similarity: number;
}

const bySimilarity = (x: Found, y: Found): number =>
  y.similarity - x.similarity || y.shared - x.shared || x.a.id.localeCompare(y.a.id) || x.b.id.localeCompare(y.b.id);

const agencySets = (rows: Array<{ agency_id: string; objective_ids: string[] }>): AgencySet[] => {
  const bit = new Map<string, number>();
  const byAgency = new Map<string, Set<string>>();
  for (const row of rows) {
    const set = byAgency.get(row.agency_id) ?? new Set<string>();
    for (const objective of row.objective_ids) {
      set.add(objective);
      if (!bit.has(objective)) bit.set(objective, bit.size);
    }
    byAgency.set(row.agency_id, set);
  }
  const words = Math.ceil(bit.size / 32);
  return [...byAgency]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, set]) => {
      const bits = new Uint32Array(words);
      for (const objective of set) {
        const index = bit.get(objective) ?? 0;
        bits[index >>> 5] = (bits[index >>> 5] ?? 0) | (1 << (index & 31));
      }
      return { id, objectives: [...set].sort(), bits };
    });
};

/** For every pair of agencies that share objectives: what they share and how alike their objective sets are. */
export const findAgencyOverlap = async (
  reads: AnalyticsReads,
  context: AnalyticsContext,
  limit: number,
): Promise<AgencyOverlapResponse> => {
  const { filters, agencyIds, reference } = context;
  const streams = await readStreams(reads, {
    fiscal_year: filters.fiscal_year,
    agency_ids: null,
    sector_id: filters.sector_id,
    region_id: filters.region_id,
  });
  const sets = agencySets(streams);
  const selected = agencyIds === null ? null : new Set(agencyIds);
  const best = new TopN<Found>(limit, bySimilarity);
  for (let i = 0; i < sets.length; i++)
    for (let j = i + 1; j < sets.length; j++) {
      const a = sets[i] as AgencySet;
      const b = sets[j] as AgencySet;
      if (selected !== null && !selected.has(a.id) && !selected.has(b.id)) continue;
      const shared = sharedCount(a.bits, b.bits);
      if (shared > 0)
        best.offer({ a, b, shared, similarity: jaccard(shared, a.objectives.length, b.objectives.length) });
    }
  const pairs = best.sorted().map(({ a, b, similarity }): AgencyOverlapPair => {
    const agencyA = { ...reference.agency(a.id), objective_count: a.objectives.length };
    const agencyB = { ...reference.agency(b.id), objective_count: b.objectives.length };
    return {
      a: agencyA,
      b: agencyB,
      same_department: agencyA.department.id === agencyB.department.id,
      shared_objectives: a.objectives.filter((objective) => b.objectives.includes(objective)).map(reference.objective),
      similarity,
    };
  });
  return { filters, total: best.count, limit, pairs };
};
