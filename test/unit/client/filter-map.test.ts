import { describe, expect, it } from 'vitest';
import { filterNodes, hiddenNeighbours, visibleEdges, visibleNodes } from '../../../client/features/map/filter-map.js';
import { indexMap } from '../../../client/features/map/graph-index.js';
import { defaultViewState, type MapViewState } from '../../../client/features/map/map-view-state.js';
import { smallMap } from './small-funding-map.js';

const index = indexMap(smallMap);
const withReleases = [...defaultViewState.types, 'release'] as MapViewState['types'];
const state = (change: Partial<MapViewState> = {}): MapViewState => ({
  ...defaultViewState,
  types: withReleases,
  ...change,
});
const keysOf = (ids: Set<string>, type: string) =>
  [...ids]
    .filter((id) => id.startsWith(`${type}:`))
    .map((id) => id.slice(type.length + 1))
    .sort();

describe('filtering the map', () => {
  it('shows the default kinds of item: no releases, sectors or regions', () => {
    const shown = filterNodes(index, defaultViewState);
    expect(keysOf(shown, 'sector')).toEqual([]);
    expect(keysOf(shown, 'release')).toEqual([]);
    expect(keysOf(shown, 'stream')).toEqual(['ded-training', 'state-appr', 'wioa-adult']);
    expect(shown.size).toBe(14);
  });

  it('narrows funding by department and source', () => {
    const dol = filterNodes(index, state({ departments: ['dol'] }));
    expect(keysOf(dol, 'stream')).toEqual(['state-appr', 'wioa-adult']);
    expect(keysOf(dol, 'agency')).toEqual(['dol', 'dol-ao', 'dol-wd']);
    const federal = filterNodes(index, state({ sources: ['federal'] }));
    expect(keysOf(federal, 'stream')).toEqual(['wioa-adult']);
    expect(keysOf(federal, 'release')).toEqual(['rel-wd-1']);
  });

  it('keeps streams within the amount range and releases of unknown amount', () => {
    const shown = filterNodes(index, state({ minAmount: 2_500_000, maxAmount: 10_000_000 }));
    expect(keysOf(shown, 'stream')).toEqual(['ded-training']);
    expect(keysOf(shown, 'release')).toEqual(['rel-ded-1']);
  });

  it('keeps funding and solutions for the chosen objectives', () => {
    const shown = filterNodes(index, state({ objectives: ['apprenticeship'] }));
    expect(keysOf(shown, 'objective')).toEqual(['apprenticeship']);
    expect(keysOf(shown, 'stream')).toEqual(['state-appr']);
    expect(keysOf(shown, 'solution')).toEqual([]);
  });

  it('treats funding without a sector limit as serving every sector', () => {
    const shown = filterNodes(index, state({ sectors: ['health'], hideUnlinked: false }));
    expect(keysOf(shown, 'stream')).toEqual(['ded-training', 'wioa-adult']);
    expect(keysOf(shown, 'partnership')).toEqual(['south-health']);
  });

  it('narrows releases to those open on a date', () => {
    const shown = filterNodes(index, state({ openOn: '2025-04-20' }));
    expect(keysOf(shown, 'release')).toEqual(['rel-ao-1', 'rel-wd-1']);
  });

  it('hides items left without links unless asked to show them', () => {
    const onlyObjectives = state({ types: ['objective', 'stream'], sources: ['federal'] });
    expect(keysOf(filterNodes(index, onlyObjectives), 'objective')).toEqual(['iwt']);
    expect(keysOf(filterNodes(index, { ...onlyObjectives, hideUnlinked: false }), 'objective')).toEqual([
      'apprenticeship',
      'childcare',
      'iwt',
    ]);
  });
});

describe('what is drawn', () => {
  it('focuses on k links around the selection', () => {
    const shown = visibleNodes(index, state({ selected: ['solution:childcare-sol'], focus: 1 }));
    expect([...shown].sort()).toEqual(['objective:childcare', 'partnership:north-mfg', 'solution:childcare-sol']);
  });

  it('adds the neighbours of expanded nodes and the selection even when filtered out', () => {
    const base = state({ types: ['stream'], hideUnlinked: false });
    expect(hiddenNeighbours(index, 'stream:state-appr', visibleNodes(index, base))).toBe(7);
    const expanded = visibleNodes(index, { ...base, expanded: ['stream:state-appr'], selected: ['region:south'] });
    expect(expanded.has('sector:mfg')).toBe(true);
    expect(expanded.has('agency:dol-ao')).toBe(true);
    expect(expanded.has('region:south')).toBe(true);
    expect(expanded.has('agency:ded')).toBe(false);
  });

  it('draws only edges whose both ends are drawn', () => {
    const shown = new Set(['stream:wioa-adult', 'objective:iwt', 'agency:ded']);
    expect(visibleEdges(index, shown)).toEqual(['SUPPORTS:stream:wioa-adult->objective:iwt']);
  });
});
