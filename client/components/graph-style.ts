import type { StylesheetJson } from 'cytoscape';
import type { MapEdgeType, MapNode, MapNodeType } from '@contract/map.js';

// How the funding graph looks wherever it is drawn (the map, the finder's explanation): shape per type,
// colour per the user's choice, size by dollars. Elements and legends both read these functions, so a
// legend always matches what is drawn.

export const colorModes = ['department', 'source', 'community', 'type'] as const;
export type ColorMode = (typeof colorModes)[number];

export const typeLabels: Record<MapNodeType, string> = {
  agency: 'Agency',
  stream: 'Funding stream',
  release: 'Release (grant opportunity)',
  objective: 'Objective',
  solution: 'Solution',
  partnership: 'Partnership',
  sector: 'Sector',
  region: 'Region',
};

export const pluralTypeLabels: Record<MapNodeType, string> = {
  agency: 'Agencies',
  stream: 'Funding streams',
  release: 'Releases',
  objective: 'Objectives',
  solution: 'Solutions',
  partnership: 'Partnerships',
  sector: 'Sectors',
  region: 'Regions',
};

export const typeShapes: Record<
  MapNodeType,
  'round-rectangle' | 'ellipse' | 'diamond' | 'hexagon' | 'triangle' | 'star' | 'pentagon' | 'octagon'
> = {
  agency: 'round-rectangle',
  stream: 'ellipse',
  release: 'diamond',
  objective: 'hexagon',
  solution: 'triangle',
  partnership: 'star',
  sector: 'pentagon',
  region: 'octagon',
};

/** Colours for types: used in "type" mode, and for nodes the chosen colouring does not apply to (muted). */
export const typeColors: Record<MapNodeType, string> = {
  agency: '#4e79a7',
  stream: '#f28e2b',
  release: '#e15759',
  objective: '#76b7b2',
  solution: '#59a14f',
  partnership: '#b07aa1',
  sector: '#9c755f',
  region: '#bab0ac',
};

const mutedTypeColors: Record<MapNodeType, string> = {
  agency: '#c9d3de',
  stream: '#e6d5c3',
  release: '#ead0d0',
  objective: '#cfe3e1',
  solution: '#d3e6cf',
  partnership: '#e3d3df',
  sector: '#ddd3cc',
  region: '#e0dcdb',
};

/** Twelve colours that stay apart for most kinds of colour vision (Tableau 10 plus two), then repeat. */
export const categoryPalette = [
  '#4e79a7',
  '#f28e2b',
  '#e15759',
  '#76b7b2',
  '#59a14f',
  '#edc948',
  '#b07aa1',
  '#ff9da7',
  '#9c755f',
  '#5f6b7a',
  '#2f8f83',
  '#a0522d',
];

export const sourceColors: Record<string, string> = {
  federal: '#1f5fa8',
  state: '#d9822b',
  local: '#3a9b5a',
  private: '#8b5fbf',
  philanthropic: '#c2477a',
};
export const unknownColor = '#a7a7a7';

export const paletteColor = (rank: number): string => categoryPalette[rank % categoryPalette.length]!;

export interface ColorContext {
  mode: ColorMode;
  /** Department ids in a fixed order, so a department keeps its colour whatever is filtered. */
  departments: readonly string[];
  communityOf?: ReadonlyMap<string, number>;
}

/** The colour key a node has under a colouring, or null when the colouring does not apply to it. */
export const colorKey = (node: MapNode, context: ColorContext): string | null => {
  switch (context.mode) {
    case 'type':
      return node.type;
    case 'department':
      return node.department_id ?? null;
    case 'source':
      return node.type === 'stream' || node.type === 'release' ? (node.source ?? 'unknown') : null;
    case 'community': {
      const community = context.communityOf?.get(node.id);
      return community === undefined ? null : String(community);
    }
  }
};

export const colorOfKey = (key: string, context: ColorContext): string => {
  switch (context.mode) {
    case 'type':
      return typeColors[key as MapNodeType] ?? unknownColor;
    case 'department': {
      const rank = context.departments.indexOf(key);
      return rank < 0 ? unknownColor : paletteColor(rank);
    }
    case 'source':
      return sourceColors[key] ?? unknownColor;
    case 'community':
      return paletteColor(Number(key));
  }
};

export const nodeColor = (node: MapNode, context: ColorContext): string => {
  const key = colorKey(node, context);
  return key === null ? mutedTypeColors[node.type] : colorOfKey(key, context);
};

const baseSizes: Record<MapNodeType, number> = {
  agency: 34,
  stream: 30,
  release: 26,
  objective: 28,
  solution: 26,
  partnership: 34,
  sector: 24,
  region: 24,
};

export const streamSizeRange = { min: 22, max: 90 } as const;

/** Streams by dollars (area grows with the amount), between the smallest and largest stream of the map. */
export const nodeSize = (node: MapNode, amountRange: { min: number; max: number }): number => {
  if (node.type !== 'stream' || node.amount === undefined) return baseSizes[node.type];
  const { min, max } = amountRange;
  if (max <= min) return (streamSizeRange.min + streamSizeRange.max) / 2;
  const share = (Math.sqrt(node.amount) - Math.sqrt(min)) / (Math.sqrt(max) - Math.sqrt(min));
  return Math.round(streamSizeRange.min + share * (streamSizeRange.max - streamSizeRange.min));
};

export type EdgeGroup = 'money' | 'purpose' | 'scope';

export const edgeGroups: Record<MapEdgeType, EdgeGroup> = {
  ADMINISTERS: 'money',
  ISSUES: 'money',
  DRAWS_ON: 'money',
  PASSES_THROUGH: 'money',
  AWARDED: 'money',
  SUPPORTS: 'purpose',
  TARGETS: 'purpose',
  ADVANCES: 'purpose',
  REQUESTS: 'purpose',
  SCOPED_TO: 'scope',
  IN_REGION: 'scope',
  FOCUSES_ON: 'scope',
  PART_OF: 'scope',
};

export const edgeGroupLabels: Record<EdgeGroup, string> = {
  money: 'Money: administers, issues, draws on, passes through, awarded',
  purpose: 'Purpose: supports, targets, advances, requests',
  scope: 'Scope: sector, region, part of',
};

/** Relationship names in plain words, as the details panel lists neighbours. */
export const edgeLabels: Record<MapEdgeType, { out: string; in: string }> = {
  ADMINISTERS: { out: 'administers', in: 'administered by' },
  ISSUES: { out: 'issues', in: 'issued by' },
  DRAWS_ON: { out: 'draws on', in: 'funds release' },
  PASSES_THROUGH: { out: 'passes through to', in: 'passed through from' },
  AWARDED: { out: 'awarded to', in: 'awarded by' },
  SUPPORTS: { out: 'supports', in: 'supported by' },
  TARGETS: { out: 'targets', in: 'targeted by' },
  ADVANCES: { out: 'advances', in: 'advanced by' },
  REQUESTS: { out: 'requests', in: 'requested by' },
  SCOPED_TO: { out: 'limited to', in: 'scope of' },
  IN_REGION: { out: 'in region', in: 'region of' },
  FOCUSES_ON: { out: 'focuses on', in: 'focus of' },
  PART_OF: { out: 'part of', in: 'includes' },
};

const highlight = '#c2185b';

/**
 * The stylesheet; `large` maps trade edge curves and small labels for speed. With `pickedLabels`, a node shows
 * its label only when the canvas picks it (`labelled`, see canvas-labels.ts).
 */
export const mapStylesheet = ({
  large,
  pickedLabels = false,
}: {
  large: boolean;
  pickedLabels?: boolean;
}): StylesheetJson => [
  {
    selector: 'node',
    style: {
      'background-color': 'data(color)',
      shape: 'data(shape)' as never,
      width: 'data(size)',
      height: 'data(size)',
      label: pickedLabels ? '' : 'data(label)',
      'font-size': 11,
      'font-family': 'system-ui, sans-serif',
      color: '#1d2733',
      'text-valign': 'bottom',
      'text-margin-y': 3,
      'text-wrap': 'ellipsis',
      'text-max-width': '140px',
      'min-zoomed-font-size': large ? 9 : 6,
      'border-width': 1,
      'border-color': '#ffffff',
    },
  },
  {
    selector: 'node.labelled',
    style: {
      label: 'data(label)',
      'min-zoomed-font-size': 0,
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.8,
      'text-background-shape': 'roundrectangle',
    },
  },
  {
    selector: 'edge',
    style: {
      width: 1.5,
      'line-color': '#7b8794',
      'curve-style': large ? 'haystack' : 'bezier',
      'target-arrow-shape': large ? 'none' : 'triangle',
      'target-arrow-color': '#7b8794',
      'arrow-scale': 0.8,
      opacity: 0.8,
    },
  },
  // Dashed and dotted lines cost several times more to draw, so large maps tell the groups apart by shade only.
  { selector: 'edge[group = "purpose"]', style: { 'line-style': large ? 'solid' : 'dashed', 'line-color': '#9aa5b1' } },
  {
    selector: 'edge[group = "scope"]',
    style: { 'line-style': large ? 'solid' : 'dotted', 'line-color': '#c3cad2', width: large ? 0.75 : 1 },
  },
  { selector: 'node.expanded', style: { 'border-width': 3, 'border-style': 'double', 'border-color': '#1d2733' } },
  { selector: 'node.overlay', style: { 'border-width': 5, 'border-color': '#ff6f00', 'z-index': 8 } },
  {
    selector: 'edge.overlay',
    style: { width: 3, 'line-color': '#ff6f00', 'target-arrow-color': '#ff6f00', opacity: 1 },
  },
  // The weaker kind of overlay hit (a release only in similar pairs): lighter, so competing ones stand out.
  { selector: 'node.overlay-weaker', style: { 'border-width': 4, 'border-color': '#ffc46b' } },
  { selector: 'edge.overlay-weaker', style: { width: 2, 'line-color': '#ffc46b', 'target-arrow-color': '#ffc46b' } },
  { selector: '.faded', style: { opacity: 0.12, 'text-opacity': 0 } },
  { selector: 'node.highlight', style: { 'border-width': 5, 'border-color': highlight, 'z-index': 9 } },
  {
    selector: 'edge.highlight',
    style: { width: 4, 'line-color': highlight, 'target-arrow-color': highlight, opacity: 1, 'z-index': 9 },
  },
  {
    selector: 'node.selected',
    style: { 'border-width': 5, 'border-color': '#111827', 'z-index': 10, 'font-weight': 'bold', 'text-opacity': 1 },
  },
];
