import type { MapNodeType } from '@contract/map.js';
import { pluralTypeLabels } from '../../components/graph-style.js';
import type { GraphIndex } from './graph-index.js';
import { layerOf } from './layouts.js';

// The column headings of the layered layout: one per column that has items, centred over it, so a reader
// sees "Agencies → Funding streams → Releases → …" without knowing the layout.

export interface LayerHeading {
  layer: number;
  label: string;
  /** The column's centre, in model coordinates (the canvas's pan and zoom place it on screen). */
  x: number;
  /** The top of the column, in model coordinates. */
  top: number;
}

const layerLabel = (types: ReadonlySet<MapNodeType>): string =>
  [...types]
    .sort((a, b) => a.localeCompare(b))
    .map((type) => pluralTypeLabels[type])
    .join(' and ');

export const layerHeadings = (
  index: GraphIndex,
  positions: ReadonlyMap<string, { x: number; y: number }>,
): LayerHeading[] => {
  const columns = new Map<number, { min: number; max: number; top: number; types: Set<MapNodeType> }>();
  for (const [id, { x, y }] of positions) {
    const node = index.nodes.get(id);
    if (!node) continue;
    const layer = layerOf[node.type];
    const column = columns.get(layer) ?? { min: x, max: x, top: y, types: new Set<MapNodeType>() };
    column.min = Math.min(column.min, x);
    column.max = Math.max(column.max, x);
    column.top = Math.min(column.top, y);
    column.types.add(node.type);
    columns.set(layer, column);
  }
  return [...columns]
    .sort(([a], [b]) => a - b)
    .map(([layer, column]) => ({
      layer,
      label: layerLabel(column.types),
      x: (column.min + column.max) / 2,
      top: column.top,
    }));
};
