import { describe, expect, it } from 'vitest';
import { indexMap } from '../../../client/features/map/graph-index.js';
import { buildLegend } from '../../../client/features/map/map-legend.js';
import {
  categoryPalette,
  sourceColors,
  streamSizeRange,
  typeColors,
  type ColorContext,
} from '../../../client/components/graph-style.js';
import { toElements } from '../../../client/features/map/to-elements.js';
import { buildMapModel } from '../../../client/features/map/map-model.js';
import { defaultViewState } from '../../../client/features/map/map-view-state.js';
import { smallMap } from './small-funding-map.js';

const index = indexMap(smallMap);
const byDepartment: ColorContext = { mode: 'department', departments: ['ded', 'dol'] };
const visible = new Set(['agency:dol-wd', 'stream:wioa-adult', 'stream:state-appr', 'objective:iwt']);
const edges = ['ADMINISTERS:agency:dol-wd->stream:wioa-adult', 'SUPPORTS:stream:wioa-adult->objective:iwt'];

describe('API data to cytoscape elements', () => {
  it('gives each node its shape, department colour and dollar size', () => {
    const elements = toElements(index, visible, edges, byDepartment);
    const data = (id: string) => elements.find((element) => element.data.id === id)?.data;
    expect(data('stream:wioa-adult')).toMatchObject({
      label: 'WIOA Adult',
      type: 'stream',
      shape: 'ellipse',
      color: categoryPalette[1],
      size: streamSizeRange.max,
    });
    expect(data('stream:state-appr')).toMatchObject({ size: streamSizeRange.min });
    expect(data('agency:dol-wd')).toMatchObject({ shape: 'round-rectangle', color: categoryPalette[1] });
    expect(data('objective:iwt')?.color).not.toBe(categoryPalette[0]);
    expect(elements.filter((element) => element.group === 'edges').map((element) => element.data)).toEqual([
      { id: edges[0], source: 'agency:dol-wd', target: 'stream:wioa-adult', type: 'ADMINISTERS', group: 'money' },
      { id: edges[1], source: 'stream:wioa-adult', target: 'objective:iwt', type: 'SUPPORTS', group: 'purpose' },
    ]);
  });

  it('colours by source or by kind when asked', () => {
    const bySource = toElements(index, visible, [], { mode: 'source', departments: [] });
    expect(bySource.find((element) => element.data.id === 'stream:wioa-adult')?.data.color).toBe(sourceColors.federal);
    const byType = toElements(index, visible, [], { mode: 'type', departments: [] });
    expect(byType.find((element) => element.data.id === 'objective:iwt')?.data.color).toBe(typeColors.objective);
  });

  it('marks selection, expansion, highlights and fades as classes', () => {
    const elements = toElements(index, visible, edges, byDepartment, {
      selected: new Set(['stream:wioa-adult']),
      expanded: new Set(['agency:dol-wd']),
      highlighted: new Set([edges[1]!]),
      spotlight: new Set(['stream:wioa-adult', edges[1]!]),
    });
    const classes = (id: string) => elements.find((element) => element.data.id === id)?.classes;
    expect(classes('stream:wioa-adult')).toBe('selected');
    expect(classes('agency:dol-wd')).toBe('expanded faded');
    expect(classes(edges[1]!)).toBe('highlight');
    expect(classes(edges[0]!)).toBe('faded');
  });
});

describe('the legend', () => {
  it('lists only the shapes and colours drawn, with counts', () => {
    const legend = buildLegend(index, visible, byDepartment);
    expect(legend.shapes.map((entry) => [entry.key, entry.count])).toEqual([
      ['agency', 1],
      ['stream', 2],
      ['objective', 1],
    ]);
    expect(legend.colors).toEqual([
      { key: 'dol', label: 'DOL: Department of Labor', count: 3, color: categoryPalette[1] },
    ]);
    expect(legend.colorTitle).toBe('Colour: department');
  });

  it('names closely linked groups after their best-connected member', () => {
    const model = buildMapModel(smallMap, { ...defaultViewState, color: 'community' }, null, index);
    expect(model.legend.colors.length).toBeGreaterThan(0);
    expect(model.legend.colors.every((entry) => entry.label.length > 0)).toBe(true);
    expect(model.legend.colorTitle).toBe('Colour: closely linked groups');
  });
});
