import { boards } from './lakeland.js';

// Who funds and who administers: real federal agencies, fictional Lakeland departments with their divisions
// (parent_id), local workforce boards and private funders.

export interface AgencySeed {
  id: string;
  name: string;
  acronym?: string;
  level: 'federal' | 'state' | 'regional' | 'local' | 'private';
  kind: string;
  parentId?: string;
  sourceUrl?: string;
}

const federal: AgencySeed[] = [
  { id: 'us-dol', name: 'U.S. Department of Labor', acronym: 'DOL', level: 'federal', kind: 'federal department' },
  {
    id: 'us-dol-eta',
    name: 'Employment and Training Administration',
    acronym: 'DOL-ETA',
    level: 'federal',
    kind: 'federal agency',
    parentId: 'us-dol',
    sourceUrl: 'https://www.dol.gov/agencies/eta',
  },
  {
    id: 'us-dol-vets',
    name: "Veterans' Employment and Training Service",
    acronym: 'DOL-VETS',
    level: 'federal',
    kind: 'federal agency',
    parentId: 'us-dol',
  },
  { id: 'us-ed', name: 'U.S. Department of Education', acronym: 'ED', level: 'federal', kind: 'federal department' },
  {
    id: 'us-ed-octae',
    name: 'Office of Career, Technical, and Adult Education',
    acronym: 'ED-OCTAE',
    level: 'federal',
    kind: 'federal agency',
    parentId: 'us-ed',
  },
  {
    id: 'us-ed-rsa',
    name: 'Rehabilitation Services Administration',
    acronym: 'ED-RSA',
    level: 'federal',
    kind: 'federal agency',
    parentId: 'us-ed',
  },
  {
    id: 'us-hhs-acf',
    name: 'Administration for Children and Families',
    acronym: 'HHS-ACF',
    level: 'federal',
    kind: 'federal agency',
  },
  {
    id: 'us-usda-fns',
    name: 'Food and Nutrition Service',
    acronym: 'USDA-FNS',
    level: 'federal',
    kind: 'federal agency',
  },
  {
    id: 'us-doc-eda',
    name: 'Economic Development Administration',
    acronym: 'DOC-EDA',
    level: 'federal',
    kind: 'federal agency',
    sourceUrl: 'https://www.eda.gov',
  },
  {
    id: 'us-hud-cpd',
    name: 'Office of Community Planning and Development',
    acronym: 'HUD-CPD',
    level: 'federal',
    kind: 'federal agency',
  },
  {
    id: 'arc',
    name: 'Appalachian Regional Commission',
    acronym: 'ARC',
    level: 'federal',
    kind: 'federal-state commission',
    sourceUrl: 'https://www.appalachiandevelopment.org',
  },
];

const state = (id: string, name: string, acronym: string, kind: string, parentId?: string): AgencySeed => ({
  id,
  name,
  acronym,
  level: 'state',
  kind,
  ...(parentId ? { parentId } : {}),
});

const lakeland: AgencySeed[] = [
  state('gov', 'Office of the Governor', 'GOV', 'executive office'),
  state('gov-workforce-council', "Governor's Workforce Council", 'GWC', 'state workforce board', 'gov'),
  state('dlw', 'Department of Labor & Workforce', 'DLW', 'department'),
  state('dlw-wd', 'Division of Workforce Development', 'DLW-WD', 'division', 'dlw'),
  state('dlw-apprenticeship', 'Office of Apprenticeship', 'DLW-OA', 'division', 'dlw'),
  state('dlw-ui', 'Division of Unemployment Insurance', 'DLW-UI', 'division', 'dlw'),
  state('doe', 'Department of Education', 'LDE', 'department'),
  state('doe-cte', 'Division of Career and Technical Education', 'LDE-CTE', 'division', 'doe'),
  state('doe-adult-ed', 'Office of Adult Education', 'LDE-AE', 'division', 'doe'),
  state('lccs', 'Lakeland Community College System', 'LCCS', 'higher education system'),
  state('lccs-workforce', 'Workforce Training Division', 'LCCS-WT', 'division', 'lccs'),
  state('ded', 'Department of Economic Development', 'DED', 'department'),
  state('ded-business', 'Business Development Division', 'DED-BD', 'division', 'ded'),
  state('ded-community', 'Office of Community Development', 'DED-OCD', 'division', 'ded'),
  state('dhs', 'Department of Human Services', 'DHS', 'department'),
  state('dhs-snap-et', 'SNAP Employment & Training Division', 'DHS-SNAPET', 'division', 'dhs'),
  state('dhs-tanf', 'Family Assistance (TANF) Division', 'DHS-TANF', 'division', 'dhs'),
  state('ovr', 'Office of Vocational Rehabilitation', 'OVR', 'agency'),
  state('dot', 'Department of Transportation', 'LDOT', 'department'),
  state('oec', 'Office of Early Childhood', 'OEC', 'child care lead agency'),
];

const local: AgencySeed[] = boards.map((board) => ({
  id: board.id,
  name: board.name,
  level: 'regional',
  kind: 'local workforce development board',
}));

const funders: AgencySeed[] = [
  { id: 'lakeland-cf', name: 'Lakeland Community Foundation', level: 'private', kind: 'community foundation' },
  {
    id: 'northstar-foundation',
    name: 'Northstar Industries Foundation',
    level: 'private',
    kind: 'corporate foundation',
  },
  {
    id: 'harbor-health-foundation',
    name: 'Harbor Health System Foundation',
    level: 'private',
    kind: 'hospital foundation',
  },
];

export const agencies: readonly AgencySeed[] = [...federal, ...lakeland, ...local, ...funders];
