import type { CanvasViewport } from '../../components/graph-canvas.js';

// The canvas's pan and zoom, for the overlays drawn over it (column headings): a tiny external store, so a
// pan re-renders the overlay and nothing else of the map page.

export interface ViewportStore {
  set(view: CanvasViewport): void;
  subscribe(listener: () => void): () => void;
  get(): CanvasViewport | null;
}

export const createViewportStore = (): ViewportStore => {
  let current: CanvasViewport | null = null;
  const listeners = new Set<() => void>();
  return {
    set: (view) => {
      current = { zoom: view.zoom, pan: { ...view.pan } };
      for (const listener of listeners) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    get: () => current,
  };
};
