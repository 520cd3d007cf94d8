import type { FundingMap, MapEdge, MapNode } from '@contract/map.js';

// The funding map as an adjacency index, for the questions the explorer asks of it: neighbours, k hops around
// a selection, the shortest path between two nodes. Directions are ignored: on the map, a link is a link.

export interface Neighbour {
  node: MapNode;
  edge: MapEdge;
  /** True when the edge points away from the node asked about. */
  outgoing: boolean;
}

export interface GraphIndex {
  nodes: ReadonlyMap<string, MapNode>;
  edges: ReadonlyMap<string, MapEdge>;
  neighbours(id: string): Neighbour[];
}

export const indexMap = (map: Pick<FundingMap, 'nodes' | 'edges'>): GraphIndex => {
  const nodes = new Map(map.nodes.map((node) => [node.id, node]));
  const edges = new Map(map.edges.map((edge) => [edge.id, edge]));
  const adjacency = new Map<string, Neighbour[]>();
  const link = (from: string, to: string, edge: MapEdge, outgoing: boolean) => {
    const node = nodes.get(to);
    if (!node) return;
    let list = adjacency.get(from);
    if (!list) adjacency.set(from, (list = []));
    list.push({ node, edge, outgoing });
  };
  for (const edge of map.edges) {
    link(edge.source, edge.target, edge, true);
    link(edge.target, edge.source, edge, false);
  }
  return { nodes, edges, neighbours: (id) => adjacency.get(id) ?? [] };
};

/** Every node within `hops` links of the start nodes, walking only through `allowed` nodes when given. */
export const withinHops = (
  index: GraphIndex,
  start: Iterable<string>,
  hops: number,
  allowed?: ReadonlySet<string>,
): Set<string> => {
  const seen = new Set<string>();
  let frontier: string[] = [];
  for (const id of start)
    if (index.nodes.has(id) && !seen.has(id)) {
      seen.add(id);
      frontier.push(id);
    }
  for (let step = 0; step < hops && frontier.length > 0; step += 1) {
    const next: string[] = [];
    for (const id of frontier)
      for (const { node } of index.neighbours(id))
        if (!seen.has(node.id) && (!allowed || allowed.has(node.id))) {
          seen.add(node.id);
          next.push(node.id);
        }
    frontier = next;
  }
  return seen;
};

/** The shortest chain of links between two nodes (node ids, both ends included), or null when none. */
export const shortestPath = (index: GraphIndex, from: string, to: string): string[] | null => {
  if (!index.nodes.has(from) || !index.nodes.has(to)) return null;
  const previous = new Map<string, string | null>([[from, null]]);
  const queue = [from];
  for (let head = 0; head < queue.length; head += 1) {
    const id = queue[head]!;
    if (id === to) break;
    for (const { node } of index.neighbours(id))
      if (!previous.has(node.id)) {
        previous.set(node.id, id);
        queue.push(node.id);
      }
  }
  if (!previous.has(to)) return null;
  const path: string[] = [];
  for (let at: string | null = to; at !== null; at = previous.get(at) ?? null) path.unshift(at);
  return path;
};

/** The edges that join consecutive nodes of a path. */
export const pathEdges = (index: GraphIndex, path: readonly string[]): string[] =>
  path.slice(1).flatMap((id, i) => {
    const edge = index.neighbours(path[i]!).find((neighbour) => neighbour.node.id === id)?.edge;
    return edge ? [edge.id] : [];
  });
