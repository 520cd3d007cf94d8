import type { ReactNode } from 'react';
import type { FundingMap } from '../../../server/map/map-schema.js';
import type { OverlayChoice } from './components/map-toolbar.js';
import type { GraphIndex } from './graph-index.js';
import type { OverlayName } from './map-view-state.js';

export interface MapOverlay {
  choices: OverlayChoice[];
  highlight: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> } | null;
  summary: string | null;
  legendLabel: string | null;
  problem: ReactNode;
}

/** Analytics results lit up on the map (duplicated objectives, competing releases, gaps). */
export const useMapOverlay = (_name: OverlayName | null, _map: FundingMap, _index: GraphIndex): MapOverlay => ({
  choices: [],
  highlight: null,
  summary: null,
  legendLabel: null,
  problem: null,
});
