import type { MapEdgeType, MapNode } from '@contract/map.js';
import { withinHops, type GraphIndex } from './graph-index.js';
import type { MapFilters, MapViewState } from './map-view-state.js';

// Which nodes the map draws, from the filters, focus, expansions, selection and path in the URL.

const isFunding = (node: MapNode) => node.type === 'stream' || node.type === 'release';

const linksTo = (index: GraphIndex, node: MapNode, types: readonly MapEdgeType[], wanted: ReadonlySet<string>) =>
  index.neighbours(node.id).some(({ edge, node: other }) => types.includes(edge.type) && wanted.has(other.id));

const hasLink = (index: GraphIndex, node: MapNode, type: MapEdgeType, otherType: MapNode['type']) =>
  index.neighbours(node.id).some(({ edge, node: other }) => edge.type === type && other.type === otherType);

/** A scope filter (sector or region): funding without that kind of scope serves every one, so it stays. */
const passesScope = (
  index: GraphIndex,
  node: MapNode,
  kind: 'sector' | 'region',
  wanted: ReadonlySet<string>,
): boolean => {
  if (wanted.size === 0) return true;
  if (node.type === kind) return wanted.has(node.id);
  if (isFunding(node)) return !hasLink(index, node, 'SCOPED_TO', kind) || linksTo(index, node, ['SCOPED_TO'], wanted);
  if (node.type === 'partnership')
    return linksTo(index, node, [kind === 'sector' ? 'FOCUSES_ON' : 'IN_REGION'], wanted);
  return true;
};

const passesObjectives = (index: GraphIndex, node: MapNode, wanted: ReadonlySet<string>): boolean => {
  if (wanted.size === 0) return true;
  if (node.type === 'objective') return wanted.has(node.id);
  if (isFunding(node) || node.type === 'solution')
    return linksTo(index, node, ['SUPPORTS', 'TARGETS', 'ADVANCES'], wanted);
  return true;
};

const passesAmount = (node: MapNode, min: number | null, max: number | null): boolean => {
  if (!isFunding(node) || node.amount === undefined) return node.type !== 'stream' || (min === null && max === null);
  return (min === null || node.amount >= min) && (max === null || node.amount <= max);
};

const passes = (index: GraphIndex, node: MapNode, filters: MapFilters): boolean => {
  if (!filters.types.includes(node.type)) return false;
  if (filters.departments.length > 0 && node.department_id !== undefined)
    if (!filters.departments.includes(node.department_id)) return false;
  if (filters.sources.length > 0 && isFunding(node) && !filters.sources.includes(node.source ?? '')) return false;
  if (!passesAmount(node, filters.minAmount, filters.maxAmount)) return false;
  if (filters.openOn && node.type === 'release')
    if (!node.opens || !node.closes || node.opens > filters.openOn || node.closes < filters.openOn) return false;
  return (
    passesObjectives(index, node, new Set(filters.objectives.map((id) => `objective:${id}`))) &&
    passesScope(index, node, 'sector', new Set(filters.sectors.map((id) => `sector:${id}`))) &&
    passesScope(index, node, 'region', new Set(filters.regions.map((id) => `region:${id}`)))
  );
};

/** Nodes that pass every filter; with hideUnlinked, only those linked to another such node. */
export const filterNodes = (index: GraphIndex, filters: MapFilters): Set<string> => {
  const kept = new Set<string>();
  for (const node of index.nodes.values()) if (passes(index, node, filters)) kept.add(node.id);
  if (!filters.hideUnlinked) return kept;
  return new Set([...kept].filter((id) => index.neighbours(id).some(({ node }) => kept.has(node.id))));
};

/**
 * Everything drawn: the filtered nodes (or, in focus, those within k hops of the selection), plus the
 * neighbours of expanded nodes, the selection itself and `extra` nodes (a path traced, an overlay).
 */
export const visibleNodes = (index: GraphIndex, state: MapViewState, extra: readonly string[] = []): Set<string> => {
  const filtered = filterNodes(index, state);
  const selected = state.selected.filter((id) => index.nodes.has(id));
  const visible =
    state.focus > 0 && selected.length > 0
      ? withinHops(index, selected, state.focus, new Set([...filtered, ...selected]))
      : new Set(filtered);
  for (const id of selected) visible.add(id);
  for (const id of extra) visible.add(id);
  for (const id of state.expanded)
    if (visible.has(id)) for (const { node } of index.neighbours(id)) visible.add(node.id);
  return visible;
};

/** Edges whose both ends are drawn. */
export const visibleEdges = (index: GraphIndex, visible: ReadonlySet<string>): string[] =>
  [...index.edges.values()]
    .filter((edge) => visible.has(edge.source) && visible.has(edge.target))
    .map((edge) => edge.id);

/** Neighbours of a node that are not drawn yet (what a double-click would add). */
export const hiddenNeighbours = (index: GraphIndex, id: string, visible: ReadonlySet<string>): number =>
  new Set(
    index
      .neighbours(id)
      .filter(({ node }) => !visible.has(node.id))
      .map(({ node }) => node.id),
  ).size;
