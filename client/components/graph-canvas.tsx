import cytoscape, { type Core, type ElementDefinition, type LayoutOptions, type StylesheetJson } from 'cytoscape';
import { useEffect, useImperativeHandle, useRef, type KeyboardEvent, type Ref } from 'react';
import { watchLabels } from './canvas-labels.js';
import './graph-canvas.css';

// The force layout and the SVG export are fetched the first time they are used: a map of more than
// forceLayoutLimit nodes is laid out without fcose, and most visits never export an SVG.
const extensions = new Map<string, Promise<void>>();
const withExtension = (name: 'fcose' | 'svg'): Promise<void> => {
  let loaded = extensions.get(name);
  if (!loaded) {
    loaded = (name === 'fcose' ? import('cytoscape-fcose') : import('cytoscape-svg')).then((module) => {
      cytoscape.use(module.default);
    });
    extensions.set(name, loaded);
  }
  return loaded;
};

// The one component that owns a cytoscape instance (after plotly/react-cytoscapejs): created on mount,
// elements diffed by id inside cy.batch(), the layout re-run only when its key changes, destroyed on unmount.

export interface CanvasLayout {
  /** Re-run the layout only when this changes (e.g. layout name plus the ids drawn). */
  key: string;
  options: LayoutOptions;
  /** Preset positions (layered layout, saved views): applied instead of running a layout. */
  positions?: ReadonlyMap<string, { x: number; y: number }> | null;
  /** Start a force layout afresh instead of from the current positions. */
  fresh?: boolean;
}

export interface CanvasViewport {
  zoom: number;
  pan: { x: number; y: number };
}

export interface GraphCanvasHandle {
  fit(ids?: readonly string[]): void;
  zoomBy(factor: number): void;
  center(id: string): void;
  png(): Promise<Blob>;
  svg(): Promise<string>;
  positions(): Record<string, { x: number; y: number }>;
}

export interface GraphCanvasProps {
  elements: readonly ElementDefinition[];
  stylesheet: StylesheetJson;
  layout: CanvasLayout;
  /** For very large graphs: draw a texture while panning and zooming. */
  large?: boolean;
  label: string;
  /** The region's id, for a skip link to it. */
  id?: string;
  /** 'picked': only the labels that matter and fit without overlap (canvas-labels.ts); 'all' by default. */
  labels?: 'all' | 'picked';
  /** Told the pan and zoom whenever they change, for overlays drawn over the canvas. */
  onViewport?: (view: CanvasViewport) => void;
  onNodeTap?: (id: string, additive: boolean) => void;
  onNodeDoubleTap?: (id: string) => void;
  onBackgroundTap?: () => void;
  ref?: Ref<GraphCanvasHandle>;
}

const sameData = (current: Record<string, unknown>, next: Record<string, unknown>): boolean =>
  Object.keys(next).every((key) => current[key] === next[key]);

/** Adds, updates and removes elements so the instance matches `elements`; new nodes start beside a neighbour. */
const syncElements = (cy: Core, elements: readonly ElementDefinition[]): void => {
  const wanted = new Set(elements.map((element) => element.data.id!));
  cy.batch(() => {
    cy.elements()
      .filter((element) => !wanted.has(element.id()))
      .remove();
    const added: ElementDefinition[] = [];
    for (const definition of elements) {
      const existing = cy.getElementById(definition.data.id!);
      if (existing.empty()) {
        added.push(definition);
        continue;
      }
      if (!sameData(existing.data() as Record<string, unknown>, definition.data)) existing.data(definition.data);
      const classes = definition.classes ?? '';
      if ((existing.classes() as unknown as string[]).join(' ') !== classes) existing.classes(classes);
    }
    const isNew = new Set(added.map((definition) => definition.data.id!));
    const anchor = new Map<string, string>();
    for (const { group, data } of elements) {
      if (group !== 'edges') continue;
      if (isNew.has(data.source!) && !isNew.has(data.target!)) anchor.set(data.source!, data.target!);
      if (isNew.has(data.target!) && !isNew.has(data.source!)) anchor.set(data.target!, data.source!);
    }
    const placed = added.map((definition) => {
      const other = anchor.get(definition.data.id!);
      if (definition.group !== 'nodes' || definition.position || !other) return definition;
      const at = cy.getElementById(other).position();
      return {
        ...definition,
        position: { x: at.x + (Math.random() - 0.5) * 80, y: at.y + (Math.random() - 0.5) * 80 },
      };
    });
    cy.add(placed);
  });
};

export const GraphCanvas = ({
  elements,
  stylesheet,
  layout,
  large = false,
  label,
  id,
  labels = 'all',
  onViewport,
  onNodeTap,
  onNodeDoubleTap,
  onBackgroundTap,
  ref,
}: GraphCanvasProps) => {
  const containerRef = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  /** The layout last run on this instance: a force layout run again continues from where nodes are. */
  const lastLayout = useRef<string | null>(null);
  const handlers = useRef({ onNodeTap, onNodeDoubleTap, onBackgroundTap, onViewport });
  useEffect(() => {
    handlers.current = { onNodeTap, onNodeDoubleTap, onBackgroundTap, onViewport };
  });

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const cy = cytoscape({
      container,
      style: stylesheet,
      minZoom: 0.03,
      maxZoom: 4,
      autounselectify: true,
      boxSelectionEnabled: false,
      textureOnViewport: large,
      hideEdgesOnViewport: large,
      pixelRatio: large ? 1 : 'auto',
    });
    cy.on('tap', 'node', (event) => {
      const original = event.originalEvent as MouseEvent | undefined;
      handlers.current.onNodeTap?.(
        event.target.id(),
        Boolean(original?.shiftKey || original?.ctrlKey || original?.metaKey),
      );
    });
    cy.on('dbltap', 'node', (event) => handlers.current.onNodeDoubleTap?.(event.target.id()));
    cy.on('tap', (event) => {
      if (event.target === cy) handlers.current.onBackgroundTap?.();
    });
    cy.on('viewport resize', () => handlers.current.onViewport?.({ zoom: cy.zoom(), pan: cy.pan() }));
    const stopLabels =
      labels === 'picked'
        ? watchLabels(cy, (count) => container.setAttribute('data-labels', String(count)))
        : () => undefined;
    cyRef.current = cy;
    lastLayout.current = null;
    const observer = new ResizeObserver(() => cy.resize());
    observer.observe(container);
    return () => {
      stopLabels();
      observer.disconnect();
      cy.destroy();
      cyRef.current = null;
    };
    // The instance lives as long as the component; style and elements are applied by the effects below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    cyRef.current?.style(stylesheet);
  }, [stylesheet]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    syncElements(cy, elements);
    containerRef.current?.setAttribute('data-nodes', String(cy.nodes().length));
    containerRef.current?.setAttribute('data-edges', String(cy.edges().length));
  }, [elements]);

  const { key: layoutKey } = layout;
  const layoutRef = useRef(layout);
  useEffect(() => {
    layoutRef.current = layout;
  });
  useEffect(() => {
    const cy = cyRef.current;
    const container = containerRef.current;
    if (!cy || !container) return;
    const { options, positions, fresh } = layoutRef.current;
    container.setAttribute('data-layout', 'running');
    if (positions) {
      lastLayout.current = 'preset';
      cy.nodes().positions((node) => positions.get(node.id()) ?? node.position());
      cy.fit(undefined, 30);
      container.setAttribute('data-layout', 'done');
      return;
    }
    let running: ReturnType<Core['layout']> | undefined;
    let cancelled = false;
    const run = () => {
      if (cancelled) return;
      // A force layout run again starts from where nodes are, so the picture changes no more than the data did.
      const again = options.name === 'fcose' && lastLayout.current === 'fcose' && !fresh;
      running = cy.layout({
        ...options,
        ...(again ? { randomize: false, quality: 'proof' } : {}),
        stop: () => container.setAttribute('data-layout', 'done'),
      } as LayoutOptions);
      lastLayout.current = options.name;
      running.run();
    };
    if (options.name === 'fcose')
      void withExtension('fcose').then(run, () => container.setAttribute('data-layout', 'failed'));
    else run();
    return () => {
      cancelled = true;
      running?.stop();
    };
  }, [layoutKey]);

  useImperativeHandle(
    ref,
    () => ({
      fit: (ids) => {
        const cy = cyRef.current;
        if (!cy) return;
        const target = ids && ids.length > 0 ? cy.nodes().filter((node) => ids.includes(node.id())) : cy.elements();
        cy.animate({ fit: { eles: target.nonempty() ? target : cy.elements(), padding: 40 } }, { duration: 250 });
      },
      zoomBy: (factor) => {
        const cy = cyRef.current;
        if (!cy) return;
        cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
      },
      center: (id) => {
        const cy = cyRef.current;
        const node = cy?.getElementById(id);
        if (!cy || !node || node.empty()) return;
        cy.animate({ center: { eles: node }, zoom: Math.max(cy.zoom(), 1) }, { duration: 300 });
      },
      png: () => {
        const cy = cyRef.current;
        if (!cy) return Promise.reject(new Error('the map is not drawn yet'));
        return cy.png({ output: 'blob-promise', full: true, scale: 2, bg: '#ffffff' });
      },
      svg: async () => {
        await withExtension('svg');
        return cyRef.current?.svg({ full: true, bg: '#ffffff' }) ?? '';
      },
      positions: () =>
        Object.fromEntries(
          (cyRef.current?.nodes() ?? []).map((node) => [
            node.id(),
            { x: Math.round(node.position().x), y: Math.round(node.position().y) },
          ]),
        ),
    }),
    [],
  );

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const cy = cyRef.current;
    if (!cy) return;
    const pan: Record<string, [number, number]> = {
      ArrowLeft: [60, 0],
      ArrowRight: [-60, 0],
      ArrowUp: [0, 60],
      ArrowDown: [0, -60],
    };
    if (event.key in pan) cy.panBy({ x: pan[event.key]![0], y: pan[event.key]![1] });
    else if (event.key === '+' || event.key === '=')
      cy.zoom({ level: cy.zoom() * 1.25, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    else if (event.key === '-')
      cy.zoom({ level: cy.zoom() / 1.25, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    else if (event.key === '0') cy.fit(undefined, 30);
    else return;
    event.preventDefault();
  };

  return (
    <div
      className="graph-canvas"
      id={id}
      role="region"
      aria-label={`${label}. Arrow keys pan, plus and minus zoom, 0 fits the whole map.`}
      tabIndex={0}
      onKeyDown={onKeyDown}
    >
      <div ref={containerRef} className="graph-canvas-surface" data-testid="graph-canvas" />
    </div>
  );
};
