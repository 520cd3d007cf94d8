import { describe, expect, it } from 'vitest';
import { defaultViewState, parseViewState, serializeViewState } from '../../../client/features/map/map-view-state.js';

const parse = (query: string) => parseViewState(new URLSearchParams(query));

describe('map view state in the URL', () => {
  it('reads an empty query as the defaults and writes the defaults as an empty query', () => {
    expect(parse('')).toEqual(defaultViewState);
    expect(serializeViewState(defaultViewState).toString()).toBe('');
  });

  it('round-trips every setting', () => {
    const query =
      'fy=2025&types=stream%2Cpartnership&dept=dol&obj=iwt%2Capprenticeship&sector=mfg&region=north&source=federal' +
      '&min=1000&max=5000000&date=2025-03-15&unlinked=show&color=source&layout=layered&sel=stream%3Awioa-adult' +
      '&exp=agency%3Adol&focus=2&showcase=1&path=stream%3Awioa-adult%2Cpartnership%3Anorth-mfg&overlay=gaps&view=ab12';
    const state = parse(query);
    expect(state).toMatchObject({
      fiscalYear: 2025,
      types: ['stream', 'partnership'],
      departments: ['dol'],
      objectives: ['iwt', 'apprenticeship'],
      minAmount: 1000,
      maxAmount: 5_000_000,
      openOn: '2025-03-15',
      hideUnlinked: false,
      color: 'source',
      layout: 'layered',
      selected: ['stream:wioa-adult'],
      expanded: ['agency:dol'],
      focus: 2,
      showcase: true,
      path: ['stream:wioa-adult', 'partnership:north-mfg'],
      overlay: 'gaps',
      savedView: 'ab12',
    });
    expect(parseViewState(serializeViewState(state))).toEqual(state);
  });

  it('ignores values it does not know instead of failing', () => {
    const state = parse(
      'fy=soon&types=stream,ghost&color=purple&layout=spiral&focus=99&overlay=x&date=yesterday&path=a',
    );
    expect(state.fiscalYear).toBeNull();
    expect(state.types).toEqual(['stream']);
    expect(state.color).toBe('department');
    expect(state.layout).toBe('force');
    expect(state.focus).toBe(5);
    expect(state.overlay).toBeNull();
    expect(state.openOn).toBeNull();
    expect(state.path).toBeNull();
  });

  it('keeps an explicitly empty list of types (nothing shown) apart from the default', () => {
    expect(parse('types=').types).toEqual([]);
  });
});
