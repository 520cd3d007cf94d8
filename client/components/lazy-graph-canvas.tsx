import { lazy, Suspense } from 'react';
import type { GraphCanvasProps } from './graph-canvas.js';

// cytoscape is most of a graph page's JavaScript: it is fetched while the page's data loads, so the page paints
// first (docs/architecture.md, "What a page loads"). The placeholder holds the canvas's place meanwhile.
const GraphCanvas = lazy(async () => ({ default: (await import('./graph-canvas.js')).GraphCanvas }));

export const LazyGraphCanvas = (props: GraphCanvasProps) => (
  <Suspense
    fallback={
      <div className="graph-canvas" role="status" aria-busy="true">
        Drawing the graph…
      </div>
    }
  >
    <GraphCanvas {...props} />
  </Suspense>
);
