// The fictional State of Lakeland: a mid-size state (about 6 million people, roughly 2% of most national
// formula programs). Every figure in the demo is as of the end of federal fiscal year 2026.

export const STATE_NAME = 'Lakeland';
export const AS_OF = '2026-09-30';
export const YEARS = [2024, 2025, 2026] as const;
export type FiscalYear = (typeof YEARS)[number];

export interface RegionSeed {
  id: string;
  name: string;
}

export const regions: readonly RegionSeed[] = [
  { id: 'capital', name: 'Capital Region' },
  { id: 'metro-harbor', name: 'Harbor Metro' },
  { id: 'lakeshore', name: 'Lakeshore' },
  { id: 'river-valley', name: 'River Valley' },
  { id: 'prairie', name: 'Prairie Plains' },
  { id: 'north-woods', name: 'North Woods' },
  { id: 'iron-range', name: 'Iron Range' },
  { id: 'southern-hills', name: 'Southern Hills (Appalachian counties)' },
];

/** Local workforce development boards: who receives WIOA local allocations, and their share of them. */
export interface BoardSeed {
  id: string;
  name: string;
  regionIds: string[];
  share: number;
}

export const boards: readonly BoardSeed[] = [
  { id: 'wdb-capital', name: 'Capital Area Workforce Board', regionIds: ['capital', 'river-valley'], share: 0.27 },
  { id: 'wdb-harbor', name: 'Harbor Metro Workforce Board', regionIds: ['metro-harbor', 'lakeshore'], share: 0.38 },
  { id: 'wdb-north', name: 'Northern Lakeland Workforce Board', regionIds: ['north-woods', 'iron-range'], share: 0.15 },
  { id: 'wdb-south', name: 'Southern Lakeland Workforce Board', regionIds: ['prairie', 'southern-hills'], share: 0.2 },
];
