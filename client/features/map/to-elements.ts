import type { ElementDefinition } from 'cytoscape';
import type { MapNode } from '@contract/map.js';
import type { GraphIndex } from './graph-index.js';
import { edgeGroups, nodeColor, nodeSize, typeShapes, type ColorContext } from '../../components/graph-style.js';

// The drawn map as cytoscape elements: pure data in, plain element definitions out, so it can be tested
// without a browser and diffed by id in the canvas.

export interface Decorations {
  selected?: ReadonlySet<string>;
  expanded?: ReadonlySet<string>;
  /** Path or match being explained: drawn in the highlight colour. */
  highlighted?: ReadonlySet<string>;
  /** Analytics overlay hits (duplicated objectives, competing releases, gaps). */
  overlay?: ReadonlySet<string>;
  /** Overlay hits of the weaker kind (releases only in similar pairs): drawn lighter. */
  overlayWeaker?: ReadonlySet<string>;
  /** When set, everything else is faded (showcase, path). */
  spotlight?: ReadonlySet<string> | null;
  /** Positions to place nodes at (saved views, layered layout). */
  positions?: ReadonlyMap<string, { x: number; y: number }>;
}

export const streamAmountRange = (nodes: Iterable<MapNode>): { min: number; max: number } => {
  let min = Infinity;
  let max = -Infinity;
  for (const node of nodes)
    if (node.type === 'stream' && node.amount !== undefined) {
      min = Math.min(min, node.amount);
      max = Math.max(max, node.amount);
    }
  return Number.isFinite(min) ? { min, max } : { min: 0, max: 0 };
};

const classesOf = (id: string, decorations: Decorations): string =>
  [
    decorations.selected?.has(id) && 'selected',
    decorations.expanded?.has(id) && 'expanded',
    decorations.highlighted?.has(id) && 'highlight',
    decorations.overlay?.has(id) && 'overlay',
    decorations.overlay?.has(id) && decorations.overlayWeaker?.has(id) && 'overlay-weaker',
    decorations.spotlight && !decorations.spotlight.has(id) && 'faded',
  ]
    .filter(Boolean)
    .join(' ');

export const toElements = (
  index: GraphIndex,
  visibleNodes: ReadonlySet<string>,
  visibleEdges: readonly string[],
  colors: ColorContext,
  decorations: Decorations = {},
): ElementDefinition[] => {
  const amounts = streamAmountRange(index.nodes.values());
  const nodes: ElementDefinition[] = [];
  for (const id of visibleNodes) {
    const node = index.nodes.get(id);
    if (!node) continue;
    const position = decorations.positions?.get(id);
    nodes.push({
      group: 'nodes',
      data: {
        id,
        label: node.label,
        type: node.type,
        shape: typeShapes[node.type],
        color: nodeColor(node, colors),
        size: nodeSize(node, amounts),
      },
      classes: classesOf(id, decorations),
      ...(position ? { position: { ...position } } : {}),
    });
  }
  const edges: ElementDefinition[] = [];
  for (const id of visibleEdges) {
    const edge = index.edges.get(id);
    if (!edge) continue;
    edges.push({
      group: 'edges',
      data: { id, source: edge.source, target: edge.target, type: edge.type, group: edgeGroups[edge.type] },
      classes: classesOf(id, decorations),
    });
  }
  return [...nodes, ...edges];
};
