import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { FundingMap, MapNode } from '@contract/map.js';
import type { CanvasLayout, GraphCanvasHandle } from '../../../components/graph-canvas.js';
import { LazyGraphCanvas } from '../../../components/lazy-graph-canvas.js';
import { downloadBlob } from '../../../lib/download-blob.js';
import { onSharePage } from '../../../api/http.js';
import { ProblemAlert } from '../../../components/problem-alert.js';
import { ShareButton } from '../../../components/share-button.js';
import { formatDollarsShort } from '../../../lib/format.js';
import { nodesToCsv, nodesToJson } from '../export-selection.js';
import { indexMap } from '../graph-index.js';
import { hashIds } from '../hash-ids.js';
import { layerHeadings } from '../layer-headings.js';
import { layeredPositions, resolveLayout } from '../layouts.js';
import { buildMapModel } from '../map-model.js';
import { mapStylesheet } from '../../../components/graph-style.js';
import { serializeViewState, type MapViewState } from '../map-view-state.js';
import { streamAmountRange } from '../to-elements.js';
import type { UpdateMapState } from '../use-map-view-state.js';
import { useCreateSavedView } from '../api/create-saved-view.js';
import { useMapOverlay } from '../use-map-overlay.js';
import { createViewportStore } from '../viewport-store.js';
import { DetailsPanel } from './details-panel.js';
import { FilterPanel } from './filter-panel.js';
import { FoldingSidebar } from './folding-sidebar.js';
import { FoldingTools } from './folding-tools.js';
import { LayerHeadingsView } from './layer-headings-view.js';
import { MapLegendView } from './map-legend-view.js';
import { MapToolbar } from './map-toolbar.js';
import { SavedViewsPanel } from './saved-views-panel.js';
import { SelectionPanel } from './selection-panel.js';
import { TimeSlider } from './time-slider.js';
import { TracePanel } from './trace-panel.js';
import { VisibleItemsTable } from './visible-items-table.js';

interface MapExplorerProps {
  map: FundingMap;
  /** The year being fetched while the previous one stays on screen. */
  loadingYear: number | null;
  state: MapViewState;
  update: UpdateMapState;
  savedPositions: ReadonlyMap<string, { x: number; y: number }> | null;
  onOpenView: (id: string) => void;
}

/** Above this many nodes and edges, the canvas trades curves, arrows and dashes for speed. */
const largeMap = 2500;

export const MapExplorer = ({ map, loadingYear, state, update, savedPositions, onOpenView }: MapExplorerProps) => {
  const canvas = useRef<GraphCanvasHandle>(null);
  const pendingCenter = useRef<string | null>(null);
  const [arrangeCount, setArrangeCount] = useState(0);
  const index = useMemo(() => indexMap(map), [map]);
  const overlay = useMapOverlay(state.overlay, map, index);
  const model = useMemo(
    () => buildMapModel(map, state, overlay.highlight, index),
    [map, state, overlay.highlight, index],
  );
  const large = model.visible.size + model.edges.length > largeMap;
  const stylesheet = useMemo(() => mapStylesheet({ large, pickedLabels: true }), [large]);
  const [viewport] = useState(createViewportStore);
  const saveView = useCreateSavedView();
  const layout = useMemo(() => {
    const resolved = resolveLayout(state.layout, index, model.visible, savedPositions);
    const positions = resolved.name === 'layered' ? layeredPositions(index, model.visible) : savedPositions;
    const canvasLayout: CanvasLayout = {
      key: `${resolved.name}|${hashIds(model.visible)}|${state.savedView ?? ''}|${arrangeCount}`,
      options: resolved.options,
      positions,
      fresh: arrangeCount > 0,
    };
    const headings = resolved.name === 'layered' && positions ? layerHeadings(index, positions) : [];
    return { resolved, canvasLayout, headings };
  }, [state.layout, state.savedView, index, model.visible, savedPositions, arrangeCount]);

  // Centre on a node chosen by name once it is drawn (the canvas has synced by the time this runs).
  useEffect(() => {
    const id = pendingCenter.current;
    if (id && model.visible.has(id)) {
      canvas.current?.center(id);
      pendingCenter.current = null;
    }
  }, [model]);

  const select = useCallback(
    (id: string) => {
      pendingCenter.current = id;
      update({ selected: [id] }, { push: true });
    },
    [update],
  );
  const onNodeTap = useCallback(
    (id: string, additive: boolean) =>
      update((current) => ({
        selected: additive
          ? current.selected.includes(id)
            ? current.selected.filter((item) => item !== id)
            : [...current.selected, id]
          : [id],
      })),
    [update],
  );
  const onNodeDoubleTap = useCallback(
    (id: string) =>
      update((current) => ({
        selected: [id],
        expanded: current.expanded.includes(id)
          ? current.expanded.filter((item) => item !== id)
          : [...current.expanded, id],
      })),
    [update],
  );
  const onBackgroundTap = useCallback(() => update({ selected: [], showcase: false }), [update]);

  const exportAs = async (format: 'png' | 'svg' | 'csv' | 'json') => {
    const name = `braid-map-fy${map.fiscal_year ?? ''}`;
    if (format === 'png' && canvas.current) downloadBlob(await canvas.current.png(), `${name}.png`);
    if (format === 'svg' && canvas.current)
      downloadBlob(new Blob([await canvas.current.svg()], { type: 'image/svg+xml' }), `${name}.svg`);
    const ids = new Set(state.selected.length > 0 ? state.selected : model.visible);
    const nodes = [...ids].map((id) => index.nodes.get(id)).filter((node): node is MapNode => node !== undefined);
    if (format === 'csv') downloadBlob(new Blob([nodesToCsv(nodes)], { type: 'text/csv' }), `${name}.csv`);
    if (format === 'json')
      downloadBlob(new Blob([nodesToJson(index, ids)], { type: 'application/json' }), `${name}.json`);
  };

  const selectedNodes = state.selected
    .map((id) => index.nodes.get(id))
    .filter((node): node is MapNode => node !== undefined);
  const streamsShown = [...model.visible].map((id) => index.nodes.get(id)).filter((node) => node?.type === 'stream');
  const dollarsShown = streamsShown.reduce((sum, node) => sum + (node?.amount ?? 0), 0);
  const currentQuery = (() => {
    const params = serializeViewState({ ...state, savedView: null, fiscalYear: map.fiscal_year });
    return params.toString();
  })();

  return (
    <div className="map-layout">
      <FoldingSidebar>
        <FilterPanel index={index} state={state} departments={model.departments} update={update} />
        {/* A share link shows its one saved view, not the list of the others. */}
        {!onSharePage() && (
          <SavedViewsPanel
            currentQuery={currentQuery}
            positions={() => canvas.current?.positions() ?? {}}
            onOpen={onOpenView}
          />
        )}
      </FoldingSidebar>
      <section className="map-main" aria-label="Map">
        <FoldingTools>
          <MapToolbar
            index={index}
            state={state}
            layoutInUse={layout.resolved.name}
            overlays={overlay.choices}
            onFind={(node) => select(node.id)}
            onLayout={(name) => update({ layout: name, savedView: null })}
            onRelayout={() => setArrangeCount((count) => count + 1)}
            onColor={(color) => update({ color })}
            onOverlay={(name) => update({ overlay: name })}
            onFit={() => canvas.current?.fit(state.selected)}
            onZoom={(factor) => canvas.current?.zoomBy(factor)}
            onExport={(format) => void exportAs(format)}
          >
            <ShareButton
              view="map"
              defaultName={`Funding map, FY ${map.fiscal_year ?? ''}`}
              query={currentQuery}
              // A map link opens a saved view: what is drawn now, with its layout, is saved under the link's name.
              prepareTarget={async (name) =>
                (
                  await saveView.mutateAsync({
                    name,
                    query: currentQuery,
                    positions: canvas.current?.positions() ?? {},
                  })
                ).id
              }
            />
          </MapToolbar>
          <TimeSlider
            years={map.fiscal_years}
            year={map.fiscal_year}
            onYear={(fiscalYear) => update({ fiscalYear, openOn: null })}
            window={map.year_start && map.year_end ? { start: map.year_start, end: map.year_end } : null}
            openOn={state.openOn}
            onOpenOn={(openOn) => update({ openOn })}
          />
        </FoldingTools>
        <p className="map-status" role="status" aria-live="polite">
          {loadingYear !== null ? `Loading FY ${loadingYear}… ` : ''}
          Showing {model.visible.size} of {index.nodes.size} items and {model.edges.length} links
          {streamsShown.length > 0 && ` · ${streamsShown.length} streams, ${formatDollarsShort(dollarsShown)}`}
          {overlay.summary && ` · ${overlay.summary}`}
        </p>
        {layout.resolved.notice && <p className="notice">{layout.resolved.notice}</p>}
        {overlay.error ? <ProblemAlert error={overlay.error} action="Loading the overlay" /> : null}
        <div className="map-canvas-frame">
          <LazyGraphCanvas
            ref={canvas}
            id="map-canvas"
            elements={model.elements}
            stylesheet={stylesheet}
            layout={layout.canvasLayout}
            large={large}
            labels="picked"
            label={`Funding map for FY ${map.fiscal_year ?? ''}: ${model.visible.size} items`}
            onViewport={viewport.set}
            onNodeTap={onNodeTap}
            onNodeDoubleTap={onNodeDoubleTap}
            onBackgroundTap={onBackgroundTap}
          />
          <LayerHeadingsView headings={layout.headings} viewport={viewport} />
          <MapLegendView
            legend={model.legend}
            amounts={streamAmountRange(map.nodes)}
            overlayLabel={overlay.legendLabel}
          />
        </div>
        <VisibleItemsTable index={index} visible={model.visible} onSelect={select} />
      </section>
      <aside className="map-details" aria-label="Details">
        {model.trace && <TracePanel trace={model.trace} index={index} update={update} />}
        {selectedNodes.length === 1 && (
          <DetailsPanel
            key={selectedNodes[0]!.id}
            node={selectedNodes[0]!}
            index={index}
            visible={model.visible}
            state={state}
            update={update}
            onSelect={select}
          />
        )}
        {selectedNodes.length > 1 && (
          <SelectionPanel nodes={selectedNodes} state={state} update={update} onSelect={select} />
        )}
        {selectedNodes.length === 0 && !model.trace && (
          <section className="details-panel">
            <h2>Details</h2>
            <p>Click an item on the map, or find it by name, to see everything about it.</p>
            <p className="hint">
              Double-click an item to show or hide its linked items. Shift-click to select several.
            </p>
          </section>
        )}
      </aside>
    </div>
  );
};
