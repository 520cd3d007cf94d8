import type { Core, NodeSingular } from 'cytoscape';
import { labelOptions, placeLabels, type LabelCandidate } from './label-placement.js';

// Keeps the drawn labels to what matters (see label-placement.ts) as the user pans, zooms, hovers and selects:
// the chosen nodes get the `labelled` class and a font size that is the same on screen at any zoom.

const sizedStyles = 'font-size text-max-width text-margin-y';

const tierOf = (node: NodeSingular, nearSelection: ReadonlySet<string>): number => {
  if (node.hasClass('selected') || node.hasClass('hovered')) return 0;
  if (node.hasClass('highlight')) return 1;
  if (nearSelection.has(node.id())) return 2;
  if (node.hasClass('overlay')) return 3;
  return 4;
};

const candidatesOf = (cy: Core): LabelCandidate[] => {
  const zoom = cy.zoom();
  const nearSelection = new Set(
    cy
      .nodes('.selected')
      .neighborhood('node')
      .map((node) => node.id()),
  );
  const margin = 200;
  const { width, height } = { width: cy.width(), height: cy.height() };
  const candidates: LabelCandidate[] = [];
  cy.nodes().forEach((node) => {
    if (node.hasClass('faded')) return;
    const { x, y } = node.renderedPosition();
    if (x < -margin || y < -margin || x > width + margin || y > height + margin) return;
    candidates.push({
      id: node.id(),
      text: String(node.data('label') ?? ''),
      x,
      y,
      size: node.width() * zoom,
      tier: tierOf(node, nearSelection),
    });
  });
  return candidates;
};

/** Chooses and draws the labels for the view as it is now; returns how many are drawn. */
export const refreshLabels = (cy: Core): number => {
  const zoom = cy.zoom();
  const chosen = new Set(
    placeLabels(candidatesOf(cy), { ...labelOptions, viewport: { width: cy.width(), height: cy.height() } }),
  );
  cy.batch(() => {
    cy.nodes('.labelled').forEach((node) => {
      if (chosen.has(node.id())) return;
      node.removeClass('labelled');
      node.removeStyle(sizedStyles);
    });
    for (const id of chosen)
      cy.getElementById(id)
        .addClass('labelled')
        .style({
          'font-size': labelOptions.fontPx / zoom,
          'text-max-width': `${labelOptions.maxWidthPx / zoom}px`,
          'text-margin-y': 2 / zoom,
        });
  });
  return chosen.size;
};

/**
 * Re-chooses labels a moment after the view stops changing (not on every frame of a pan), and shows the label
 * of the node under the pointer. Returns the function that stops watching.
 */
export const watchLabels = (cy: Core, onRefresh: (count: number) => void, delayMs = 60): (() => void) => {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const schedule = () => {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      if (!cy.destroyed()) onRefresh(refreshLabels(cy));
    }, delayMs);
  };
  const hover = (event: { target: NodeSingular; type: string }) => {
    event.target.toggleClass('hovered', event.type === 'mouseover');
    schedule();
  };
  // Only the classes that change what matters (not `labelled` itself, which refreshLabels sets).
  const classChanged = (event: { target: NodeSingular }) => {
    if (event.target.isNode()) schedule();
  };
  cy.on('viewport resize layoutstop add remove data', schedule);
  cy.on('mouseover mouseout', 'node', hover);
  cy.on('class', 'node', classChanged);
  schedule();
  return () => {
    if (timer !== null) clearTimeout(timer);
    cy.removeListener('viewport resize layoutstop add remove data', schedule);
    cy.removeListener('mouseover mouseout', 'node', hover);
    cy.removeListener('class', 'node', classChanged);
  };
};
