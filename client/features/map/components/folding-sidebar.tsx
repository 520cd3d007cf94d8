import { useState, type ReactNode } from 'react';

// Below 1,100 px the map's columns stack; unfolded, the filters pushed the canvas 1,870 px down the page and
// 143 tabs away. There they start folded, so the map comes first; wider screens start with them open.
const narrowQuery = '(max-width: 1100px)';
const startsOpen = (): boolean => typeof window === 'undefined' || !window.matchMedia?.(narrowQuery).matches;

/** The map's filters and saved views, in a panel that folds. */
export const FoldingSidebar = ({ children }: { children: ReactNode }) => {
  const [open, setOpen] = useState(startsOpen);
  return (
    <aside className="map-sidebar" aria-label="Filters and saved views">
      <button
        type="button"
        className="small fold-toggle"
        aria-expanded={open}
        aria-controls="map-filters"
        onClick={() => setOpen(!open)}
      >
        {open ? 'Hide filters' : 'Show filters and saved views'}
      </button>
      <div id="map-filters" hidden={!open}>
        {children}
      </div>
    </aside>
  );
};
