import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NetworkResponse } from '../../server/contract/analytics/network.js';
import { agency, getJson, ids, loadGraph, objectives, stream } from '../fixtures/analytics/graph.js';
import { buildTestApp, resetDatabase } from '../helpers/test-app.js';

// Two funding families: training {iwt, appr} funded by labor-wd and commerce (two departments), supports
// {care, ride} funded by hhs; labor-wd's bridge stream supports appr and care. FY2024 streams are ignored.
let app: FastifyInstance;
beforeAll(async () => {
  app = await buildTestApp();
  await resetDatabase();
  await loadGraph(app, {
    agencies: [agency('labor'), agency('labor-wd', 'labor'), agency('commerce'), agency('hhs')],
    objectives: objectives('iwt', 'appr', 'care', 'ride'),
    funding_streams: [
      stream('t1', 'labor-wd', ['iwt', 'appr'], { amount: 100 }),
      stream('t2', 'commerce', ['iwt', 'appr'], { amount: 200 }),
      stream('t3', 'commerce', ['iwt'], { amount: 300 }),
      stream('c1', 'hhs', ['care', 'ride'], { amount: 50 }),
      stream('c2', 'hhs', ['care', 'ride'], { amount: 60 }),
      stream('bridge', 'labor-wd', ['appr', 'care'], { amount: 10 }),
      stream('old', 'hhs', ['iwt'], { fiscal_year: 2024 }),
    ],
  });
});
afterAll(async () => app.close());

describe('network view', () => {
  it('finds funding families across agencies and colours every stream by one', async () => {
    const body = await getJson<NetworkResponse>(app, '/api/analytics/network');
    expect(ids(body.streams)).toEqual(['bridge', 'c1', 'c2', 't1', 't2', 't3']);
    const familyOf = (id: string) => body.streams.find((found) => found.id === id)?.community;
    expect(familyOf('t1')).toBe(familyOf('t2'));
    expect(familyOf('t2')).toBe(familyOf('t3'));
    expect(familyOf('c1')).toBe(familyOf('c2'));
    expect(familyOf('t1')).not.toBe(familyOf('c1'));
    const training = body.communities.find((family) => family.stream_ids.includes('t1'));
    expect(training).toMatchObject({ cross_department: true, department_count: 2 });
    expect(training?.label).toContain('Objective iwt');
    expect(body.method.modularity).toBeGreaterThan(0);
  });

  it('scores agencies and objectives by centrality: the bridges first', async () => {
    const body = await getJson<NetworkResponse>(app, '/api/analytics/network');
    // Agency-objective graph: labor-wd links iwt, appr, care; commerce iwt, appr; hhs care, ride.
    expect(body.agencies[0]).toMatchObject({
      id: 'labor-wd',
      department: { id: 'labor' },
      stream_count: 2,
      amount: 110,
    });
    expect(body.agencies[0]?.betweenness).toBeGreaterThan(0);
    expect(body.objectives.find((found) => found.id === 'ride')).toMatchObject({
      betweenness: 0,
      stream_count: 2,
      agency_count: 1,
    });
    expect(['appr', 'care']).toContain(body.objectives[0]?.id);
  });

  it('takes the common filters', async () => {
    const body = await getJson<NetworkResponse>(app, '/api/analytics/network?fiscal_year=2024');
    expect(ids(body.streams)).toEqual(['old']);
    const hhs = await getJson<NetworkResponse>(app, '/api/analytics/network?agency_id=hhs');
    expect(ids(hhs.streams)).toEqual(['c1', 'c2']);
  });
});
