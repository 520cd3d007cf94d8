import type { AgencyWithDepartment, Ref } from '../../contract/analytics/refs-and-filters.js';
import type { FundingFamily, NetworkResponse } from '../../contract/analytics/network.js';
import { betweennessCentrality, degreeCentrality, louvain, UndirectedGraph } from './graph-library.js';
import { round4 } from '../shared/rounding.js';
import { amountCountedOnce } from '../shared/streams.js';

// Funding families and centrality, computed with graphology (GDS is not part of Neo4j Community):
// - families: Louvain communities of the stream-objective graph, so streams meet through shared objectives
//   in linear time (no stream-stream projection);
// - centrality: degree and betweenness of agencies and objectives in the agency-objective graph (betweenness
//   exact up to 200 nodes, estimated from 200 pivots above: see graph-library.ts).

export interface NetworkRow {
  stream: Ref & { amount: number; passes_through_id: string | null };
  agency: AgencyWithDepartment;
  objectives: Ref[];
}

/** mulberry32: Louvain visits nodes in random order; a fixed seed gives the same families every time. */
const seededRandom = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

const streamKey = (id: string) => `s:${id}`;
const objectiveKey = (id: string) => `o:${id}`;
const agencyKey = (id: string) => `a:${id}`;

const detectFamilies = (rows: NetworkRow[]): { communityOf: Map<string, number>; modularity: number } => {
  const graph = new UndirectedGraph();
  const objectives = new Set<string>();
  for (const { stream, objectives: own } of rows) {
    graph.addNode(streamKey(stream.id));
    for (const objective of own) {
      if (!objectives.has(objective.id)) graph.addNode(objectiveKey(objective.id));
      objectives.add(objective.id);
      graph.addEdge(streamKey(stream.id), objectiveKey(objective.id));
    }
  }
  if (graph.size === 0) return { communityOf: new Map(), modularity: 0 };
  const result = louvain.detailed(graph, { rng: seededRandom(20_240_701) });
  return { communityOf: new Map(Object.entries(result.communities)), modularity: round4(result.modularity) };
};

const centralities = (rows: NetworkRow[]): { degree: Record<string, number>; betweenness: Record<string, number> } => {
  const links = new Map<string, Set<string>>();
  for (const { agency, objectives } of rows) {
    const own = links.get(agency.id) ?? new Set<string>();
    for (const objective of objectives) own.add(objective.id);
    links.set(agency.id, own);
  }
  const graph = new UndirectedGraph();
  for (const [agency, objectives] of links) {
    graph.addNode(agencyKey(agency));
    for (const objective of objectives) {
      if (!graph.hasNode(objectiveKey(objective))) graph.addNode(objectiveKey(objective));
      graph.addEdge(agencyKey(agency), objectiveKey(objective));
    }
  }
  if (graph.order < 2) return { degree: {}, betweenness: {} };
  return { degree: degreeCentrality(graph), betweenness: betweennessCentrality(graph) };
};

const topNames = (counts: Map<string, { ref: Ref; count: number }>, limit: number): Ref[] =>
  [...counts.values()]
    .sort((a, b) => b.count - a.count || a.ref.id.localeCompare(b.ref.id))
    .slice(0, limit)
    .map(({ ref }) => ref);

export const networkView = (rows: NetworkRow[]): Omit<NetworkResponse, 'filters'> => {
  const sorted = [...rows].sort((a, b) => a.stream.id.localeCompare(b.stream.id));
  const { communityOf, modularity } = detectFamilies(sorted);
  const { degree, betweenness } = centralities(sorted);

  // Families keyed by Louvain's id, renumbered below: largest first.
  type Family = { rows: NetworkRow[]; objectives: Map<string, { ref: Ref; count: number }> };
  const families = new Map<number, Family>();
  for (const row of sorted) {
    const community = communityOf.get(streamKey(row.stream.id)) ?? -1;
    const family: Family = families.get(community) ?? { rows: [], objectives: new Map() };
    family.rows.push(row);
    for (const objective of row.objectives) {
      const seen = family.objectives.get(objective.id) ?? { ref: objective, count: 0 };
      seen.count += 1;
      family.objectives.set(objective.id, seen);
    }
    families.set(community, family);
  }
  const amountOf = (list: NetworkRow[]) => amountCountedOnce(list.map((row) => row.stream));
  const ordered = [...families.entries()].sort(
    ([, a], [, b]) => b.rows.length - a.rows.length || amountOf(b.rows) - amountOf(a.rows),
  );
  const renumber = new Map(ordered.map(([louvainId], index) => [louvainId, index]));
  const familyOf = (key: string) => renumber.get(communityOf.get(key) ?? -1) ?? -1;

  const communities: FundingFamily[] = ordered.map(([louvainId, family]) => {
    const agencies = new Map(family.rows.map((row) => [row.agency.id, row.agency]));
    const departments = new Set([...agencies.values()].map((agency) => agency.department.id));
    return {
      id: renumber.get(louvainId) ?? -1,
      label: topNames(family.objectives, 2)
        .map((objective) => objective.name)
        .join(' / '),
      stream_ids: family.rows.map((row) => row.stream.id),
      objectives: topNames(family.objectives, Number.MAX_SAFE_INTEGER),
      agencies: [...agencies.values()].map(({ id, name }) => ({ id, name })),
      agency_count: agencies.size,
      department_count: departments.size,
      amount: amountOf(family.rows),
      cross_department: departments.size > 1,
    };
  });

  const objectiveStats = new Map<string, { ref: Ref; streams: number; agencies: Set<string> }>();
  const agencyStats = new Map<
    string,
    { agency: AgencyWithDepartment; streams: number; amount: number; families: Set<number> }
  >();
  for (const row of sorted) {
    for (const objective of row.objectives) {
      const stats = objectiveStats.get(objective.id) ?? { ref: objective, streams: 0, agencies: new Set<string>() };
      stats.streams += 1;
      stats.agencies.add(row.agency.id);
      objectiveStats.set(objective.id, stats);
    }
    const stats = agencyStats.get(row.agency.id) ?? {
      agency: row.agency,
      streams: 0,
      amount: 0,
      families: new Set<number>(),
    };
    stats.streams += 1;
    stats.amount += row.stream.amount;
    stats.families.add(familyOf(streamKey(row.stream.id)));
    agencyStats.set(row.agency.id, stats);
  }

  return {
    method: {
      communities: 'Louvain (graphology-communities-louvain, fixed seed) on the stream-objective graph',
      centrality:
        'degree and normalised betweenness (graphology; exact up to 200 nodes, 200 pivots above) on the agency-objective graph',
      modularity,
    },
    communities,
    streams: sorted.map(({ stream, agency, objectives }) => ({
      id: stream.id,
      name: stream.name,
      agency_id: agency.id,
      department_id: agency.department.id,
      amount: stream.amount,
      objective_ids: objectives.map((objective) => objective.id),
      community: familyOf(streamKey(stream.id)),
    })),
    objectives: [...objectiveStats.values()]
      .map(({ ref, streams, agencies }) => ({
        ...ref,
        community: familyOf(objectiveKey(ref.id)),
        stream_count: streams,
        agency_count: agencies.size,
        degree: round4(degree[objectiveKey(ref.id)] ?? 0),
        betweenness: round4(betweenness[objectiveKey(ref.id)] ?? 0),
      }))
      .sort((a, b) => b.betweenness - a.betweenness || b.degree - a.degree || a.id.localeCompare(b.id)),
    agencies: [...agencyStats.values()]
      .map(({ agency, streams, amount, families: own }) => ({
        ...agency,
        stream_count: streams,
        amount,
        communities: [...own].sort((a, b) => a - b),
        degree: round4(degree[agencyKey(agency.id)] ?? 0),
        betweenness: round4(betweenness[agencyKey(agency.id)] ?? 0),
      }))
      .sort((a, b) => b.betweenness - a.betweenness || b.degree - a.degree || a.id.localeCompare(b.id)),
  };
};
