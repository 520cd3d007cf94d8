import type { ReactNode } from 'react';
import type { MapNode } from '@contract/map.js';
import type { GraphIndex } from '../graph-index.js';
import { layoutLabels } from '../layouts.js';
import { colorModes, type ColorMode } from '../../../components/graph-style.js';
import { layoutNames, type LayoutName, type MapViewState, type OverlayName } from '../map-view-state.js';
import { NodeSearch } from './node-search.js';

const colorLabels: Record<ColorMode, string> = {
  department: 'Department',
  source: 'Source of funds',
  community: 'Closely linked groups',
  type: 'Kind of item',
};

export interface OverlayChoice {
  name: OverlayName;
  label: string;
}

interface MapToolbarProps {
  index: GraphIndex;
  state: MapViewState;
  layoutInUse: LayoutName | 'saved';
  overlays: readonly OverlayChoice[];
  onFind: (node: MapNode) => void;
  onLayout: (layout: LayoutName) => void;
  onRelayout: () => void;
  onColor: (color: ColorMode) => void;
  onOverlay: (overlay: OverlayName | null) => void;
  onFit: () => void;
  onZoom: (factor: number) => void;
  onExport: (format: 'png' | 'svg' | 'csv' | 'json') => void;
  /** Controls the map adds at the row's end (Share), so they take no row of their own above the canvas. */
  children?: ReactNode;
}

/** Search, layout, colouring, overlays, view controls and exports, above the map. */
export const MapToolbar = (props: MapToolbarProps) => {
  const { index, state, layoutInUse, overlays } = props;
  return (
    <div className="map-toolbar" role="toolbar" aria-label="Map tools">
      <NodeSearch index={index} onChoose={props.onFind} />
      <label className="inline">
        Layout{' '}
        <select
          value={layoutInUse === 'saved' ? '' : state.layout}
          onChange={(event) => props.onLayout(event.target.value as LayoutName)}
        >
          {layoutInUse === 'saved' && <option value="">As saved</option>}
          {layoutNames.map((name) => (
            <option key={name} value={name}>
              {layoutLabels[name]}
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={props.onRelayout}>
        Re-arrange
      </button>
      <label className="inline">
        Colour by{' '}
        <select value={state.color} onChange={(event) => props.onColor(event.target.value as ColorMode)}>
          {colorModes.map((mode) => (
            <option key={mode} value={mode}>
              {colorLabels[mode]}
            </option>
          ))}
        </select>
      </label>
      {overlays.length > 0 && (
        <label className="inline">
          Light up{' '}
          <select
            value={state.overlay ?? ''}
            onChange={(event) => props.onOverlay((event.target.value || null) as OverlayName | null)}
          >
            <option value="">nothing</option>
            {overlays.map((overlay) => (
              <option key={overlay.name} value={overlay.name}>
                {overlay.label}
              </option>
            ))}
          </select>
        </label>
      )}
      <span className="button-group" role="group" aria-label="Zoom">
        <button type="button" onClick={props.onFit}>
          Fit
        </button>
        <button type="button" onClick={() => props.onZoom(1.3)} aria-label="Zoom in">
          +
        </button>
        <button type="button" onClick={() => props.onZoom(1 / 1.3)} aria-label="Zoom out">
          −
        </button>
      </span>
      <span className="button-group" role="group" aria-label="Export">
        <button type="button" onClick={() => props.onExport('png')}>
          PNG
        </button>
        <button type="button" onClick={() => props.onExport('svg')}>
          SVG
        </button>
        <button type="button" onClick={() => props.onExport('csv')} title="The selection, or everything drawn">
          CSV
        </button>
        <button type="button" onClick={() => props.onExport('json')} title="The selection, or everything drawn">
          JSON
        </button>
      </span>
      {props.children}
    </div>
  );
};
