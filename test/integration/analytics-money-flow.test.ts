import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MoneyFlowResponse } from '../../server/contract/analytics/money-flow.js';
import {
  agency,
  getJson,
  loadGraph,
  objectives,
  partnership,
  regions,
  sectors,
  stream,
  type Row,
} from '../fixtures/analytics/graph.js';
import { buildTestApp, resetDatabase } from '../helpers/test-app.js';

// The money flow on a hand-built graph (docs/analytics.md#money-flow). Departments F (division f1) and S
// (divisions s1, s2). The federal allotment `fed` passes through to the state's `st1`, which passes part of it to
// the local `loc`: one chain, counted once, under fed's source, department and agency.

let app: FastifyInstance;
// One graph for every test (they only read it), loaded once.
beforeAll(async () => {
  app = await buildTestApp();
  await resetDatabase();
  await load();
});
afterAll(async () => app.close());

const streams: Row[] = [
  stream('fed', 'f1', ['o1', 'o2'], { source: 'federal', amount: 1_000_000 }),
  stream('st1', 's1', ['o1'], { source: 'federal', amount: 1_000_000, passes_through_id: 'fed' }),
  stream('loc', 's1', ['o3'], { source: 'federal', amount: 400_000, passes_through_id: 'st1' }),
  stream('own', 's2', ['o2'], { source: 'state', amount: 300_000 }),
  stream('old', 's2', ['o2'], { source: 'state', amount: 9_000_000, fiscal_year: 2024 }),
];
const awards: Row[] = [
  { stream_id: 'loc', partnership_id: 'p1', amount: 300_000, fiscal_year: 2025 },
  { stream_id: 'own', partnership_id: 'p1', amount: 100_000 },
  // An award of another year is not part of FY2025's flow.
  { stream_id: 'own', partnership_id: 'p2', amount: 50_000, fiscal_year: 2024 },
];

const load = () =>
  loadGraph(app, {
    agencies: [agency('F'), agency('f1', 'F'), agency('S'), agency('s1', 'S'), agency('s2', 'S')],
    objectives: objectives('o1', 'o2', 'o3'),
    regions: regions('north'),
    sectors: sectors('care'),
    partnerships: [partnership('p1', 'north', ['care']), partnership('p2', 'north', ['care'])],
    funding_streams: streams,
    awards,
  });

const flow = (query = 'fiscal_year=2025') => getJson<MoneyFlowResponse>(app, `/api/analytics/money-flow?${query}`);

/** What every total of Braid counts: the year's streams whose upstream stream is not in the year. */
const countedOnce = (rows: Row[]): number => {
  const ids = new Set(rows.map((row) => row.id));
  return rows
    .filter((row) => !ids.has(row.passes_through_id))
    .reduce((total, row) => total + (row.amount as number), 0);
};

const bandsFrom = (result: MoneyFlowResponse, column: string) =>
  result.links.filter((link) => link.source.startsWith(`${column}:`));
const sum = (links: Array<{ amount: number }>) => links.reduce((total, link) => total + link.amount, 0);
const band = (result: MoneyFlowResponse, source: string, target: string) =>
  result.links.find((link) => link.source === source && link.target === target);

describe('money flow', () => {
  it('every column adds up to the streams, pass-through money counted once', async () => {
    const result = await flow();
    const year = streams.filter((row) => row.fiscal_year === 2025);
    const total = countedOnce(year);
    expect(total).toBe(1_300_000);
    expect(result.summary).toEqual({ amount: total, streams: 4, passed_through: 2, awarded: 400_000 });
    expect(sum(bandsFrom(result, 'source'))).toBe(total);
    expect(sum(bandsFrom(result, 'department'))).toBe(total);
    expect(sum(bandsFrom(result, 'agency'))).toBeCloseTo(total, 6);
    expect(sum(bandsFrom(result, 'objective'))).toBeCloseTo(400_000, 6);
  });

  it('draws the chain under its top stream, split evenly across the objectives of the chain', async () => {
    const result = await flow();
    expect(band(result, 'source:federal', 'department:F')).toMatchObject({
      amount: 1_000_000,
      stream_ids: ['fed', 'loc', 'st1'],
    });
    expect(band(result, 'source:state', 'department:S')).toMatchObject({ amount: 300_000, stream_ids: ['own'] });
    // The state's agency s1 administers only passed-through money: it is not drawn again.
    expect(result.nodes.some((node) => node.id === 'agency:s1')).toBe(false);
    // The chain supports o1, o2 (fed, st1) and o3 (loc): a third each.
    for (const objective of ['o1', 'o2', 'o3'])
      expect(band(result, 'agency:f1', `objective:${objective}`)?.amount).toBeCloseTo(1_000_000 / 3, 6);
    expect(band(result, 'agency:s2', 'objective:o2')?.amount).toBe(300_000);
    const o2 = result.nodes.find((node) => node.id === 'objective:o2');
    expect(o2?.amount).toBeCloseTo(1_000_000 / 3 + 300_000, 6);
    expect(o2?.name).toBe('Objective o2');
  });

  it('leads on to partnerships through awards of the year, split as the chain is', async () => {
    const result = await flow();
    expect(band(result, 'objective:o2', 'partnership:p1')?.amount).toBeCloseTo(300_000 / 3 + 100_000, 6);
    expect(band(result, 'objective:o1', 'partnership:p1')?.amount).toBeCloseTo(100_000, 6);
    expect(result.nodes.find((node) => node.id === 'partnership:p1')?.amount).toBeCloseTo(400_000, 6);
    expect(result.nodes.some((node) => node.id === 'partnership:p2')).toBe(false);
    expect(result.nodes.map((node) => node.column)).toEqual([
      'source',
      'source',
      'department',
      'department',
      'agency',
      'agency',
      'objective',
      'objective',
      'objective',
      'partnership',
    ]);
  });

  it('with an agency filter, a stream whose upstream is filtered out is counted', async () => {
    const result = await flow('fiscal_year=2025&agency_id=S');
    const selected = streams.filter((row) => row.fiscal_year === 2025 && row.agency_id !== 'f1');
    expect(result.summary.amount).toBe(countedOnce(selected));
    expect(result.summary.amount).toBe(1_300_000);
    expect(band(result, 'department:S', 'agency:s1')?.amount).toBe(1_000_000);
  });

  it('answers 404 for an unknown agency and 400 for a bad fiscal year', async () => {
    expect((await app.inject({ url: '/api/analytics/money-flow?agency_id=nope' })).statusCode).toBe(404);
    expect((await app.inject({ url: '/api/analytics/money-flow?fiscal_year=twenty' })).statusCode).toBe(400);
  });

  it('an empty year draws nothing', async () => {
    const result = await flow('fiscal_year=2030');
    expect(result.summary.amount).toBe(0);
    expect(result.nodes).toEqual([]);
    expect(result.links).toEqual([]);
  });
});
