import type { ElementDefinition } from 'cytoscape';
import type { ExplanationPath } from '@contract/analytics/finder.js';
import { mapNodeTypeOfLabel } from '@contract/map.js';
import { edgeGroups, typeColors, typeShapes } from '../../components/graph-style.js';

// The match explanation (the part of the graph that makes a stream eligible) as a small cytoscape graph,
// drawn with the funding map's shapes and colours so the two read alike.

/** Several explanation paths merged into one set of elements (nodes and edges are keyed, so shared parts meet). */
export const explanationElements = (paths: readonly ExplanationPath[]): ElementDefinition[] => {
  const nodes = new Map<string, ElementDefinition>();
  const edges = new Map<string, ElementDefinition>();
  for (const path of paths) {
    for (const node of path.nodes) {
      const type = mapNodeTypeOfLabel[node.label] ?? 'objective';
      nodes.set(node.key, {
        group: 'nodes',
        data: { id: node.key, label: node.name, type, shape: typeShapes[type], color: typeColors[type], size: 34 },
      });
    }
    for (const relationship of path.relationships) {
      const id = `${relationship.type}:${relationship.from}->${relationship.to}`;
      const group = edgeGroups[relationship.type as keyof typeof edgeGroups] ?? 'purpose';
      edges.set(id, {
        group: 'edges',
        data: { id, source: relationship.from, target: relationship.to, type: relationship.type, group },
      });
    }
  }
  const ids = new Set(nodes.keys());
  return [
    ...nodes.values(),
    ...[...edges.values()].filter((edge) => ids.has(edge.data.source!) && ids.has(edge.data.target!)),
  ];
};
