import { UndirectedGraph } from 'graphology';
import louvainModule from 'graphology-communities-louvain';
import { degreeCentrality } from 'graphology-metrics/centrality/degree.js';
import { createUnweightedIndexedBrandes } from 'graphology-shortest-path/indexed-brandes.js';

// graphology's packages are CommonJS whose type declarations say `export default`: under NodeNext the
// default import is typed as the module object but is the function at run time. One cast, here.

export const louvain = louvainModule as unknown as (typeof louvainModule)['default'];
export { degreeCentrality, UndirectedGraph };

/**
 * Normalised betweenness centrality, as graphology-metrics computes it (unweighted Brandes, from the same
 * graphology-shortest-path routine), but from at most `pivots` source nodes, scaled up (Brandes & Pich, 2007):
 * exact on graphs of up to `pivots` nodes (a state's map), an estimate on larger ones, where the exact
 * version costs nodes x edges. Pivots are spread evenly over the nodes in insertion order, so the estimate is stable.
 */
export const betweennessCentrality = (graph: UndirectedGraph, pivots = 200): Record<string, number> => {
  const brandes = createUnweightedIndexedBrandes(graph);
  const order = graph.order;
  const sources = Math.min(order, pivots);
  const delta = new Float64Array(order);
  const centralities = new Float64Array(order);
  for (let pick = 0; pick < sources; pick++) {
    const source = Math.floor((pick * order) / sources);
    const [stack, predecessors, sigma] = brandes(source);
    delta.fill(0);
    while (stack.size !== 0) {
      const w = stack.pop() as number;
      const coefficient = (1 + (delta[w] as number)) / (sigma[w] as number);
      for (const v of predecessors[w] ?? []) delta[v] = (delta[v] as number) + (sigma[v] as number) * coefficient;
      if (w !== source) centralities[w] = (centralities[w] as number) + (delta[w] as number);
    }
  }
  const scale = order <= 2 ? 0 : order / sources / ((order - 1) * (order - 2));
  for (let index = 0; index < order; index++) centralities[index] = (centralities[index] as number) * scale;
  // The indexed Brandes routine numbers nodes in graph.nodes() order.
  return Object.fromEntries(graph.nodes().map((node, index) => [node, centralities[index] ?? 0]));
};
