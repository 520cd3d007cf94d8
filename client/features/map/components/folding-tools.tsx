import { useState, type ReactNode } from 'react';

// On a phone the map's tools wrap into six rows and pushed the canvas half a screen down; there they start
// folded behind one button (and out of the tab order), so the map comes first. Wider screens show them.
const phoneQuery = '(max-width: 700px)';
const startsOpen = (): boolean => typeof window === 'undefined' || !window.matchMedia?.(phoneQuery).matches;

/** Search, layout, colouring, exports and the year slider, folding on phones. */
export const FoldingTools = ({ children }: { children: ReactNode }) => {
  const [open, setOpen] = useState(startsOpen);
  const [folds] = useState(() => !startsOpen());
  return (
    <div className="map-tools">
      {folds && (
        <button
          type="button"
          className="small fold-toggle"
          aria-expanded={open}
          aria-controls="map-tools"
          onClick={() => setOpen(!open)}
        >
          {open ? 'Hide map tools' : 'Search, layout, years and export'}
        </button>
      )}
      <div id="map-tools" hidden={!open}>
        {children}
      </div>
    </div>
  );
};
