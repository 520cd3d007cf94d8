import { mapNodeTypes, type MapNodeType } from '@contract/map.js';
import { colorModes, type ColorMode } from '../../components/graph-style.js';

// Everything someone sees on the map lives in the URL, so a link reproduces it. This file is the only place
// that knows the parameter names.

export const layoutNames = ['force', 'layered', 'concentric', 'grid'] as const;
export type LayoutName = (typeof layoutNames)[number];

export const overlayNames = ['duplicates', 'competing', 'gaps'] as const;
export type OverlayName = (typeof overlayNames)[number];

export interface MapFilters {
  types: MapNodeType[];
  departments: string[];
  objectives: string[];
  sectors: string[];
  regions: string[];
  sources: string[];
  minAmount: number | null;
  maxAmount: number | null;
  /** Releases open on this date (YYYY-MM-DD) only. */
  openOn: string | null;
  hideUnlinked: boolean;
}

export interface MapViewState extends MapFilters {
  fiscalYear: number | null;
  color: ColorMode;
  layout: LayoutName;
  selected: string[];
  expanded: string[];
  /** Show only this many hops around the selection (0: off). */
  focus: number;
  showcase: boolean;
  path: [string, string] | null;
  overlay: OverlayName | null;
  savedView: string | null;
}

export const defaultTypes: MapNodeType[] = ['agency', 'stream', 'objective', 'solution', 'partnership'];

export const defaultViewState: MapViewState = {
  fiscalYear: null,
  types: defaultTypes,
  departments: [],
  objectives: [],
  sectors: [],
  regions: [],
  sources: [],
  minAmount: null,
  maxAmount: null,
  openOn: null,
  hideUnlinked: true,
  color: 'department',
  layout: 'force',
  selected: [],
  expanded: [],
  focus: 0,
  showcase: false,
  path: null,
  overlay: null,
  savedView: null,
};

const list = (params: URLSearchParams, name: string): string[] =>
  (params.get(name) ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');

const numberOrNull = (value: string | null): number | null => {
  if (value === null || value.trim() === '') return null;
  const parsed = Number(value);
  return Number.isFinite(parsed) ? parsed : null;
};

const oneOf = <T extends string>(values: readonly T[], value: string | null, fallback: T): T =>
  values.includes(value as T) ? (value as T) : fallback;

export const parseViewState = (params: URLSearchParams): MapViewState => {
  const types = list(params, 'types').filter((type): type is MapNodeType => mapNodeTypes.includes(type as MapNodeType));
  const path = list(params, 'path');
  const overlay = params.get('overlay');
  const date = params.get('date');
  return {
    fiscalYear: numberOrNull(params.get('fy')),
    types: params.has('types') ? types : defaultTypes,
    departments: list(params, 'dept'),
    objectives: list(params, 'obj'),
    sectors: list(params, 'sector'),
    regions: list(params, 'region'),
    sources: list(params, 'source'),
    minAmount: numberOrNull(params.get('min')),
    maxAmount: numberOrNull(params.get('max')),
    openOn: date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null,
    hideUnlinked: params.get('unlinked') !== 'show',
    color: oneOf(colorModes, params.get('color'), defaultViewState.color),
    layout: oneOf(layoutNames, params.get('layout'), defaultViewState.layout),
    selected: list(params, 'sel'),
    expanded: list(params, 'exp'),
    focus: Math.max(0, Math.min(5, Math.trunc(numberOrNull(params.get('focus')) ?? 0))),
    showcase: params.get('showcase') === '1',
    path: path.length === 2 ? [path[0]!, path[1]!] : null,
    overlay: overlay && overlayNames.includes(overlay as OverlayName) ? (overlay as OverlayName) : null,
    savedView: params.get('view'),
  };
};

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** The URL query for a state: only what differs from the defaults, so links stay short. */
export const serializeViewState = (state: MapViewState): URLSearchParams => {
  const params = new URLSearchParams();
  const setList = (name: string, values: readonly string[]) => {
    if (values.length > 0) params.set(name, values.join(','));
  };
  if (state.fiscalYear !== null) params.set('fy', String(state.fiscalYear));
  if (!sameList(state.types, defaultTypes)) params.set('types', state.types.join(','));
  setList('dept', state.departments);
  setList('obj', state.objectives);
  setList('sector', state.sectors);
  setList('region', state.regions);
  setList('source', state.sources);
  if (state.minAmount !== null) params.set('min', String(state.minAmount));
  if (state.maxAmount !== null) params.set('max', String(state.maxAmount));
  if (state.openOn) params.set('date', state.openOn);
  if (!state.hideUnlinked) params.set('unlinked', 'show');
  if (state.color !== defaultViewState.color) params.set('color', state.color);
  if (state.layout !== defaultViewState.layout) params.set('layout', state.layout);
  setList('sel', state.selected);
  setList('exp', state.expanded);
  if (state.focus > 0) params.set('focus', String(state.focus));
  if (state.showcase) params.set('showcase', '1');
  if (state.path) params.set('path', state.path.join(','));
  if (state.overlay) params.set('overlay', state.overlay);
  if (state.savedView) params.set('view', state.savedView);
  return params;
};
