import { describe, expect, it } from 'vitest';
import { labelBox, placeLabels, type LabelCandidate } from '../../../client/components/label-placement.js';
import { indexMap } from '../../../client/features/map/graph-index.js';
import { layerHeadings } from '../../../client/features/map/layer-headings.js';
import { layeredPositions } from '../../../client/features/map/layouts.js';
import { smallMap } from './small-funding-map.js';

const options = { fontPx: 12, maxWidthPx: 150, maxLabels: 60, viewport: { width: 800, height: 600 } };

const at = (id: string, x: number, y: number, size: number, tier = 4, text = id): LabelCandidate => ({
  id,
  text,
  x,
  y,
  size,
  tier,
});

describe('which labels are drawn', () => {
  it('keeps the larger of two nodes whose labels would overlap, and both when they are apart', () => {
    expect(placeLabels([at('small', 100, 100, 20), at('big', 110, 102, 60)], options)).toEqual(['big']);
    expect(placeLabels([at('small', 100, 100, 20), at('big', 400, 100, 60)], options)).toEqual(['big', 'small']);
  });

  it('labels the selected, hovered and path nodes whatever they overlap, then neighbours before larger nodes', () => {
    const placed = placeLabels(
      [
        at('big', 104, 101, 12),
        at('selected', 105, 100, 10, 0),
        at('path', 108, 101, 10, 1),
        at('near', 300, 300, 8, 2),
      ],
      options,
    );
    expect(placed).toEqual(['selected', 'path', 'near']);
  });

  it('draws no label off the screen and no more than the limit', () => {
    expect(placeLabels([at('away', -500, 100, 30)], options)).toEqual([]);
    const row = Array.from({ length: 20 }, (_, i) => at(`n${i}`, 20 + i * 200, 50 + (i % 3) * 200, 20, 4, 'a'));
    expect(placeLabels(row, { ...options, viewport: { width: 5000, height: 600 }, maxLabels: 5 })).toHaveLength(5);
  });

  it('never lets two placed labels overlap on a crowded canvas', () => {
    const crowd = Array.from({ length: 300 }, (_, i) =>
      at(`n${i}`, (i * 37) % 800, (i * 53) % 600, 10 + (i % 7) * 5, 4, `Item number ${i} with a long name`),
    );
    const placed = new Set(placeLabels(crowd, options));
    const boxes = crowd.filter((c) => placed.has(c.id)).map((c) => labelBox(c, options));
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1))
        expect(a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom).toBe(false);
    expect(placed.size).toBeGreaterThan(5);
  });

  it('makes a long label no wider than the limit (cytoscape ends it in an ellipsis)', () => {
    const box = labelBox(at('long', 0, 0, 10, 4, 'x'.repeat(200)), options);
    expect(box.right - box.left).toBeLessThanOrEqual(options.maxWidthPx + 4);
  });
});

describe('column headings of the layered layout', () => {
  it('names each column with items, left to right, centred over it', () => {
    const index = indexMap(smallMap);
    const positions = layeredPositions(index, new Set(index.nodes.keys()));
    const headings = layerHeadings(index, positions);
    expect(headings.map((heading) => heading.label)).toEqual([
      'Agencies',
      'Funding streams',
      'Releases',
      'Objectives',
      'Solutions',
      'Partnerships',
      'Regions and Sectors',
    ]);
    const xs = headings.map((heading) => heading.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(headings[0]!.x).toBe(positions.get('agency:dol')!.x);
  });
});
