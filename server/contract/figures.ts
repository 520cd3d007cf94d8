import type { EntityName } from '../domain/catalog.js';

// Every table and chart of the analytics views, per analytic (the URL's word), with the tables of the map it
// rests on. The server answers each figure's provenance from this list and the client names the figure it draws,
// so a figure cannot say where it comes from in one place and something else in another.

export interface FigureDefinition {
  title: string;
  tables: readonly EntityName[];
}

const streamsByAgency = ['funding_streams', 'agencies', 'objectives'] as const;
const releases = ['releases', 'agencies', 'funding_streams', 'objectives', 'regions', 'sectors'] as const;
const demand = ['requests', 'partnerships', 'solutions', 'objectives', 'funding_streams'] as const;
const flow = ['funding_streams', 'agencies', 'objectives', 'awards', 'partnerships'] as const;

export const analyticFigures = {
  'duplicated-objectives': {
    heatmap: { title: 'Who funds what', tables: streamsByAgency },
    ranked: { title: 'Duplicated objectives, ranked', tables: streamsByAgency },
  },
  'agency-overlap': { pairs: { title: 'Agencies alike', tables: streamsByAgency } },
  network: { families: { title: 'Funding families', tables: streamsByAgency } },
  'competing-releases': {
    timeline: { title: 'Timeline of releases', tables: ['releases', 'agencies', 'funding_streams'] },
    pairs: { title: 'Pairs of releases', tables: releases },
  },
  'release-check': {
    conflicts: { title: 'Conflicts', tables: releases },
    objectives: { title: 'Objectives other agencies already fund', tables: streamsByAgency },
    serves: { title: 'Requests it serves', tables: demand },
  },
  gaps: {
    'most-requested': { title: 'Most requested', tables: ['requests', 'partnerships', 'solutions'] },
    'demand-and-funding': { title: 'Demand and funding', tables: demand },
    gaps: { title: 'Gaps, largest first', tables: demand },
    unmatched: { title: 'Requests nothing is eligible for', tables: demand },
  },
  finder: {
    ranked: { title: 'Streams ranked', tables: [...demand, 'releases', 'regions', 'sectors'] },
    requests: { title: 'Requests', tables: ['requests', 'partnerships', 'solutions'] },
    'near-misses': { title: 'Near misses', tables: ['funding_streams', 'objectives', 'regions', 'sectors'] },
  },
  braid: { plan: { title: 'Braiding plan', tables: demand } },
  repurpose: {
    idle: { title: 'Idle money', tables: ['funding_streams', 'agencies'] },
    candidates: { title: 'Candidates and the gaps they could fill', tables: demand },
  },
  scorecard: {
    indicators: {
      title: 'Indicators',
      tables: ['funding_streams', 'agencies', 'objectives', 'releases', 'requests', 'awards', 'partnerships'],
    },
  },
  'gao-review': {
    summary: { title: 'Findings per class', tables: [...streamsByAgency, 'beneficiaries', 'activities'] },
    duplication: { title: 'Duplication', tables: [...streamsByAgency, 'beneficiaries', 'activities'] },
    overlap: { title: 'Overlap', tables: [...streamsByAgency, 'beneficiaries', 'activities'] },
    fragmentation: { title: 'Fragmentation', tables: streamsByAgency },
  },
  'money-flow': {
    chart: { title: 'Money flow', tables: flow },
    table: { title: 'Money flow table', tables: flow },
  },
  changes: {
    streams: { title: 'Funding streams, year over year', tables: ['funding_streams', 'agencies'] },
    indicators: {
      title: 'Scorecard indicators, year over year',
      tables: ['funding_streams', 'objectives', 'releases', 'requests', 'awards', 'partnerships'],
    },
    'duplicated-objectives': { title: 'Duplicated objectives, year over year', tables: streamsByAgency },
    'gao-findings': {
      title: 'GAO findings, year over year',
      tables: [...streamsByAgency, 'beneficiaries', 'activities'],
    },
    'competing-pairs': { title: 'Competing release pairs, year over year', tables: releases },
    gaps: { title: 'Gaps, year over year', tables: demand },
  },
} as const satisfies Record<string, Record<string, FigureDefinition>>;

export type AnalyticName = keyof typeof analyticFigures;
export type FigureId<A extends AnalyticName> = keyof (typeof analyticFigures)[A] & string;
/** Any figure of any analytic, as the client names the one it draws. */
export type AnyFigureId = { [A in AnalyticName]: FigureId<A> }[AnalyticName];
