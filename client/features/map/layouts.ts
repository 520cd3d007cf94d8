import type { LayoutOptions, NodeSingular } from 'cytoscape';
import type { MapNodeType } from '@contract/map.js';
import type { GraphIndex } from './graph-index.js';
import type { LayoutName } from './map-view-state.js';

// Layouts. Force-directed (fcose) reads best but grows steeply with size (1.5 s for 500 nodes, 24 s for 1,000
// in headless Chromium), so larger maps fall back to the layered layout, whose positions are computed here.

export const forceLayoutLimit = 600;

export const layoutLabels: Record<LayoutName, string> = {
  force: 'Force-directed',
  layered: 'Layered (agency → partnership)',
  concentric: 'Concentric',
  grid: 'Grid',
};

/** Columns of the layered layout, left to right. */
export const layerOf: Record<MapNodeType, number> = {
  agency: 0,
  stream: 1,
  release: 2,
  objective: 3,
  solution: 4,
  partnership: 5,
  sector: 6,
  region: 6,
};

const concentricLevel: Record<MapNodeType, number> = {
  stream: 8,
  agency: 7,
  release: 6,
  objective: 5,
  solution: 4,
  partnership: 3,
  sector: 2,
  region: 1,
};

const columnGap = 320;
const subColumnGap = 170;
const rowGap = 56;

export type Positions = Map<string, { x: number; y: number }>;

/**
 * Positions in layers: each column ordered by the average row of its neighbours in the columns to its left
 * (one barycentre sweep), which keeps most links short without a slow crossing minimisation.
 */
export const layeredPositions = (index: GraphIndex, visible: ReadonlySet<string>): Positions => {
  // Long columns wrap into sub-columns, so a large map stays roughly as wide as it is tall.
  const rowsPerSubColumn = Math.max(40, Math.ceil(Math.sqrt(visible.size) * 3));
  const columns = new Map<number, string[]>();
  for (const id of [...visible].sort()) {
    const node = index.nodes.get(id);
    if (!node) continue;
    const layer = layerOf[node.type];
    columns.set(layer, [...(columns.get(layer) ?? []), id]);
  }
  const row = new Map<string, number>();
  const positions: Positions = new Map();
  let x = 0;
  for (const layer of [...columns.keys()].sort((a, b) => a - b)) {
    const ids = columns.get(layer)!;
    const anchor = (id: string) => {
      const rows = index
        .neighbours(id)
        .map(({ node }) => row.get(node.id))
        .filter((value): value is number => value !== undefined);
      return rows.length === 0 ? Infinity : rows.reduce((sum, value) => sum + value, 0) / rows.length;
    };
    const sortKey = (id: string) => {
      const node = index.nodes.get(id)!;
      return layer === 0 ? `${node.department_id ?? ''}|${node.parent_id ? 1 : 0}|${node.label}` : node.label;
    };
    const anchors = new Map(ids.map((id) => [id, anchor(id)]));
    ids.sort((a, b) => anchors.get(a)! - anchors.get(b)! || sortKey(a).localeCompare(sortKey(b)));
    const subColumns = Math.ceil(ids.length / rowsPerSubColumn);
    const rows = Math.ceil(ids.length / subColumns);
    ids.forEach((id, i) => {
      const sub = Math.floor(i / rows);
      const r = i % rows;
      row.set(id, i / Math.max(1, ids.length - 1));
      positions.set(id, { x: x + sub * subColumnGap, y: (r - (rows - 1) / 2) * rowGap });
    });
    x += (subColumns - 1) * subColumnGap + columnGap;
  }
  return positions;
};

export interface ResolvedLayout {
  /** The layout actually used (force falls back on large maps). */
  name: LayoutName | 'saved';
  options: LayoutOptions;
  notice: string | null;
}

/** cytoscape options for a layout over `count` nodes; `positions` (saved or layered) make it a preset. */
export const resolveLayout = (
  wanted: LayoutName,
  index: GraphIndex,
  visible: ReadonlySet<string>,
  saved: ReadonlyMap<string, { x: number; y: number }> | null,
): ResolvedLayout => {
  if (saved) return { name: 'saved', options: { name: 'preset', fit: true, padding: 30 }, notice: null };
  const count = visible.size;
  if (wanted === 'force' && count <= forceLayoutLimit)
    return {
      name: 'force',
      options: {
        name: 'fcose',
        animate: false,
        fit: true,
        padding: 30,
        quality: 'default',
        randomize: true,
        nodeRepulsion: () => 16000,
        idealEdgeLength: () => 110,
        nodeSeparation: 90,
        packComponents: true,
      } as unknown as LayoutOptions,
      notice: null,
    };
  if (wanted === 'concentric')
    return {
      name: 'concentric',
      options: {
        name: 'concentric',
        animate: false,
        fit: true,
        padding: 30,
        minNodeSpacing: 12,
        concentric: (node: NodeSingular) => concentricLevel[node.data('type') as MapNodeType] ?? 0,
        levelWidth: () => 1,
      },
      notice: null,
    };
  if (wanted === 'grid')
    return {
      name: 'grid',
      options: { name: 'grid', animate: false, fit: true, padding: 30, avoidOverlap: true },
      notice: null,
    };
  return {
    name: 'layered',
    options: { name: 'preset', fit: true, padding: 30 },
    notice:
      wanted === 'force'
        ? `The force-directed layout is for up to ${forceLayoutLimit} items; ${count} are shown, so they are laid out in layers. Filter or focus to use it.`
        : null,
  };
};
