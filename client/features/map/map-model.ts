import type { FundingMap, MapNode } from '@contract/map.js';
import { findCommunities } from './communities.js';
import { explainMatch, reasonHighlights, type MatchReason } from './explain-match.js';
import { visibleEdges, visibleNodes } from './filter-map.js';
import { indexMap, pathEdges, shortestPath, type GraphIndex } from './graph-index.js';
import { buildLegend, type Legend } from './map-legend.js';
import type { ColorContext } from '../../components/graph-style.js';
import type { MapViewState } from './map-view-state.js';
import { toElements } from './to-elements.js';
import type { ElementDefinition } from 'cytoscape';

// Everything the map page draws, derived from the data and the URL state in one pure step.

export interface Trace {
  from: MapNode;
  to: MapNode;
  /** Reasons when tracing why a stream or release matches a partnership. */
  reasons: MatchReason[];
  /** Otherwise the shortest chain of links (node ids), or null when they are not connected. */
  path: string[] | null;
  nodes: Set<string>;
  edges: Set<string>;
}

export interface MapModel {
  index: GraphIndex;
  visible: Set<string>;
  edges: string[];
  elements: ElementDefinition[];
  legend: Legend;
  trace: Trace | null;
  departments: string[];
}

const isFunding = (node: MapNode) => node.type === 'stream' || node.type === 'release';

export const traceBetween = (index: GraphIndex, fromId: string, toId: string): Trace | null => {
  const from = index.nodes.get(fromId);
  const to = index.nodes.get(toId);
  if (!from || !to) return null;
  const [funding, partnership] = isFunding(from) ? [from, to] : [to, from];
  const reasons =
    isFunding(funding) && partnership.type === 'partnership' ? explainMatch(index, funding.id, partnership.id) : [];
  if (reasons.length > 0) {
    const { nodes, edges } = reasonHighlights(reasons);
    return { from, to, reasons, path: null, nodes, edges };
  }
  const path = shortestPath(index, fromId, toId);
  return {
    from,
    to,
    reasons: [],
    path,
    nodes: new Set(path ?? []),
    edges: new Set(path ? pathEdges(index, path) : []),
  };
};

/** Department ids ordered by name, so each department keeps its colour whatever is filtered. */
export const departmentOrder = (index: GraphIndex): string[] =>
  [...new Set([...index.nodes.values()].flatMap((node) => (node.department_id ? [node.department_id] : [])))].sort(
    (a, b) => (index.nodes.get(`agency:${a}`)?.label ?? a).localeCompare(index.nodes.get(`agency:${b}`)?.label ?? b),
  );

export const buildMapModel = (
  map: FundingMap,
  state: MapViewState,
  overlay: { nodes: ReadonlySet<string>; edges: ReadonlySet<string>; weaker?: ReadonlySet<string> } | null = null,
  index: GraphIndex = indexMap(map),
): MapModel => {
  const trace = state.path ? traceBetween(index, state.path[0], state.path[1]) : null;
  const visible = visibleNodes(index, state, [...(trace?.nodes ?? []), ...(overlay?.nodes ?? [])]);
  const edges = visibleEdges(index, visible);
  const departments = departmentOrder(index);
  const communities = state.color === 'community' ? findCommunities(index, visible, edges) : null;
  const colors: ColorContext = { mode: state.color, departments, communityOf: communities?.of };
  const selected = new Set(state.selected);
  // A trace outranks a showcase, which outranks an overlay: each fades everything but what it is about.
  const spotlight = trace
    ? new Set([...trace.nodes, ...trace.edges])
    : state.showcase && selected.size > 0
      ? new Set([
          ...selected,
          ...edges.filter((id) => {
            const edge = index.edges.get(id)!;
            return selected.has(edge.source) && selected.has(edge.target);
          }),
        ])
      : overlay
        ? new Set([...overlay.nodes, ...overlay.edges, ...selected])
        : null;
  const elements = toElements(index, visible, edges, colors, {
    selected,
    expanded: new Set(state.expanded),
    highlighted: trace ? new Set([...trace.nodes, ...trace.edges]) : undefined,
    overlay: overlay ? new Set([...overlay.nodes, ...overlay.edges]) : undefined,
    overlayWeaker: overlay?.weaker,
    spotlight,
  });
  return {
    index,
    visible,
    edges,
    elements,
    legend: buildLegend(index, visible, colors, communities?.names),
    trace,
    departments,
  };
};
