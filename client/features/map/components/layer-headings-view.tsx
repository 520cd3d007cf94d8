import { useSyncExternalStore } from 'react';
import type { LayerHeading } from '../layer-headings.js';
import type { ViewportStore } from '../viewport-store.js';

/** The layered layout's column names along the top of the canvas, following its pan and zoom. */
export const LayerHeadingsView = ({ headings, viewport }: { headings: LayerHeading[]; viewport: ViewportStore }) => {
  const view = useSyncExternalStore(viewport.subscribe, viewport.get);
  if (!view || headings.length === 0) return null;
  return (
    <ol className="layer-headings" aria-label="Columns, left to right">
      {headings.map((heading) => (
        <li key={heading.layer} style={{ left: heading.x * view.zoom + view.pan.x }}>
          {heading.label}
        </li>
      ))}
    </ol>
  );
};
