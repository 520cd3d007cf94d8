// Which node labels to draw: cytoscape draws every label or none and lets them overlap, so on a map of 200
// items zoomed to fit they are either unreadable or missing. The rule: labels in screen pixels, a fixed
// readable size, placed greedily by importance, and a label that would overlap a label already placed (or
// the node it names) is skipped.

export interface LabelCandidate {
  id: string;
  text: string;
  /** The node's centre and diameter on screen (rendered pixels). */
  x: number;
  y: number;
  size: number;
  /**
   * Lower comes first: 0 selected or hovered and 1 on a path are shown whatever they overlap; 2 next to the selection,
   * 3 lit by an overlay, 4 anything else. Within a tier, larger nodes first.
   */
  tier: number;
}

export interface LabelBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface LabelOptions {
  /** Screen size of a label's font, and the widest a label may be before it ends in an ellipsis. */
  fontPx: number;
  maxWidthPx: number;
  viewport: { width: number; height: number };
  /** At most this many labels, so a dense map stays a picture. */
  maxLabels: number;
}

export const labelOptions = { fontPx: 12, maxWidthPx: 150, maxLabels: 60 } as const;

/** Where a label sits: centred under its node, as wide as its text (estimated from its length) allows. */
export const labelBox = (candidate: LabelCandidate, options: Pick<LabelOptions, 'fontPx' | 'maxWidthPx'>) => {
  const width = Math.min(candidate.text.length * options.fontPx * 0.56, options.maxWidthPx) + 4;
  const top = candidate.y + candidate.size / 2 + 2;
  return { left: candidate.x - width / 2, top, right: candidate.x + width / 2, bottom: top + options.fontPx * 1.3 };
};

const overlaps = (a: LabelBox, b: LabelBox) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

const onScreen = (box: LabelBox, viewport: LabelOptions['viewport']) =>
  box.right > 0 && box.left < viewport.width && box.bottom > 0 && box.top < viewport.height;

/** The ids whose labels are drawn, most important first. */
export const placeLabels = (candidates: readonly LabelCandidate[], options: LabelOptions): string[] => {
  const ordered = [...candidates].sort(
    (a, b) => a.tier - b.tier || b.size - a.size || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const placed: LabelBox[] = [];
  const ids: string[] = [];
  for (const candidate of ordered) {
    if (candidate.text.trim() === '') continue;
    const box = labelBox(candidate, options);
    const forced = candidate.tier <= 1;
    if (!forced && (ids.length >= options.maxLabels || !onScreen(box, options.viewport))) continue;
    if (!forced && placed.some((other) => overlaps(box, other))) continue;
    const half = candidate.size / 2;
    placed.push(box, {
      left: candidate.x - half,
      top: candidate.y - half,
      right: candidate.x + half,
      bottom: candidate.y + half,
    });
    ids.push(candidate.id);
  }
  return ids;
};
