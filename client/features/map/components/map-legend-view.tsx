import { useState } from 'react';
import { formatDollarsShort } from '../../../lib/format.js';
import type { Legend } from '../map-legend.js';
import { edgeGroupLabels, streamSizeRange } from '../../../components/graph-style.js';
import { ShapeIcon } from './shape-icon.js';

interface MapLegendViewProps {
  legend: Legend;
  amounts: { min: number; max: number };
  overlayLabel: string | null;
}

// On a phone the open legend would cover most of the map, so there it starts folded.
const startsOpen = (): boolean => typeof window === 'undefined' || !window.matchMedia?.('(max-width: 700px)').matches;

/** The legend of what is drawn, generated from the styling in use: a box on the canvas that folds. */
export const MapLegendView = ({ legend, amounts, overlayLabel }: MapLegendViewProps) => {
  const [open, setOpen] = useState(startsOpen);
  return (
    <section className="map-legend" aria-labelledby="legend-heading">
      <h2 id="legend-heading" className="visually-hidden">
        Legend
      </h2>
      <details open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary>Legend</summary>
        <div className="map-legend-body">
          <div>
            <h3>Shape: kind of item</h3>
            <ul>
              {legend.shapes.map((entry) => (
                <li key={entry.key}>
                  <ShapeIcon shape={entry.shape} /> {entry.label} <span className="muted">({entry.count})</span>
                </li>
              ))}
            </ul>
          </div>
          <div>
            <h3>{legend.colorTitle}</h3>
            <ul className="legend-colors">
              {legend.colors.slice(0, 16).map((entry) => (
                <li key={entry.key}>
                  <span className="swatch" style={{ background: entry.color }} aria-hidden="true" /> {entry.label}{' '}
                  <span className="muted">({entry.count})</span>
                </li>
              ))}
              {legend.colors.length > 16 && <li className="muted">and {legend.colors.length - 16} more</li>}
              {legend.colors.length === 0 && <li className="muted">Nothing drawn has this attribute.</li>}
            </ul>
          </div>
          <div>
            <h3>Size and lines</h3>
            <ul>
              {amounts.max > 0 && (
                <li>
                  <span className="size-dots" aria-hidden="true">
                    <span style={{ width: streamSizeRange.min / 3, height: streamSizeRange.min / 3 }} />
                    <span style={{ width: streamSizeRange.max / 4, height: streamSizeRange.max / 4 }} />
                  </span>{' '}
                  Stream size: {formatDollarsShort(amounts.min)} to {formatDollarsShort(amounts.max)}
                </li>
              )}
              <li>
                <span className="line line-money" aria-hidden="true" /> {edgeGroupLabels.money}
              </li>
              <li>
                <span className="line line-purpose" aria-hidden="true" /> {edgeGroupLabels.purpose}
              </li>
              <li>
                <span className="line line-scope" aria-hidden="true" /> {edgeGroupLabels.scope}
              </li>
              <li>
                <span className="swatch swatch-ring selected-ring" aria-hidden="true" /> Selected
              </li>
              {overlayLabel && (
                <li>
                  <span className="swatch swatch-ring overlay-ring" aria-hidden="true" /> {overlayLabel}
                </li>
              )}
            </ul>
          </div>
        </div>
      </details>
    </section>
  );
};
