import { UndirectedGraph } from 'graphology';
import louvainModule from 'graphology-communities-louvain';
import type { GraphIndex } from './graph-index.js';

// Groups of closely linked nodes on the drawn map (Louvain), numbered from the largest, each named after its
// best-connected member so the legend reads "around WIOA Adult" rather than "community 7".

export interface Communities {
  of: ReadonlyMap<string, number>;
  names: string[];
}

/** A small deterministic random source, so the same map always gets the same groups and colours. */
// The package is CommonJS typed as `export default`: at run time the default import is the function itself.
const louvain = louvainModule as unknown as (typeof louvainModule)['default'];

const seeded = (seed: number) => () => {
  seed = (seed * 1664525 + 1013904223) % 4294967296;
  return seed / 4294967296;
};

export const findCommunities = (
  index: GraphIndex,
  visible: ReadonlySet<string>,
  edges: readonly string[],
): Communities => {
  const graph = new UndirectedGraph();
  for (const id of [...visible].sort()) graph.addNode(id);
  for (const id of edges) {
    const edge = index.edges.get(id);
    if (edge && edge.source !== edge.target && !graph.hasEdge(edge.source, edge.target))
      graph.addEdge(edge.source, edge.target);
  }
  const raw =
    graph.size > 0 ? louvain(graph, { rng: seeded(42) }) : Object.fromEntries(graph.nodes().map((id, i) => [id, i]));
  const members = new Map<number, string[]>();
  for (const [id, community] of Object.entries(raw)) members.set(community, [...(members.get(community) ?? []), id]);
  const ranked = [...members.values()].sort((a, b) => b.length - a.length || a[0]!.localeCompare(b[0]!));
  const of = new Map<string, number>();
  const names = ranked.map((group, rank) => {
    for (const id of group) of.set(id, rank);
    const hub = group.reduce((best, id) => (graph.degree(id) > graph.degree(best) ? id : best), group[0]!);
    const label = index.nodes.get(hub)?.label ?? hub;
    return group.length > 1 ? `Around ${label}` : label;
  });
  return { of, names };
};
