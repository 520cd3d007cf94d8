import 'cytoscape';

declare module 'cytoscape' {
  interface Core {
    /** From cytoscape-svg: the graph as SVG text. */
    svg(options?: { full?: boolean; scale?: number; bg?: string }): string;
  }
}
