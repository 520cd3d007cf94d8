import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FundingMap, MapNode } from '../../server/contract/map.js';
import { loadSmallMap } from '../helpers/fixtures.js';
import { buildTestApp, resetDatabase } from '../helpers/test-app.js';

let app: FastifyInstance;
beforeAll(async () => {
  await resetDatabase();
  app = await buildTestApp();
  await loadSmallMap(app);
});
afterAll(async () => app.close());

const getMap = async (query = ''): Promise<FundingMap> => {
  const response = await app.inject({ method: 'GET', url: `/api/graph${query}` });
  expect(response.statusCode).toBe(200);
  return response.json();
};

const byId = (map: FundingMap, id: string): MapNode | undefined => map.nodes.find((node) => node.id === id);
const idsOf = (map: FundingMap, type: MapNode['type']) =>
  map.nodes
    .filter((node) => node.type === type)
    .map((node) => node.key)
    .sort();

describe('GET /api/graph', () => {
  it('defaults to the latest stream year and holds every node of the small map', async () => {
    const map = await getMap();
    expect(map.fiscal_year).toBe(2025);
    expect(map.fiscal_years).toEqual([2025]);
    expect(map.year_start).toBe('2024-07-01');
    expect(map.year_end).toBe('2025-06-30');
    expect(idsOf(map, 'agency')).toEqual(['ded', 'dol', 'dol-ao', 'dol-wd']);
    expect(idsOf(map, 'stream')).toEqual(['ded-training', 'state-appr', 'wioa-adult']);
    expect(idsOf(map, 'release')).toEqual(['rel-ao-1', 'rel-ded-1', 'rel-wd-1']);
    expect(idsOf(map, 'objective')).toEqual(['apprenticeship', 'childcare', 'iwt']);
    expect(idsOf(map, 'solution')).toEqual(['childcare-sol', 'iwt-sol']);
    expect(idsOf(map, 'partnership')).toEqual(['north-mfg', 'south-health']);
    expect(idsOf(map, 'sector')).toEqual(['health', 'mfg']);
    expect(idsOf(map, 'region')).toEqual(['north', 'south']);
  });

  it('gives streams and releases their department and key properties', async () => {
    const map = await getMap();
    expect(byId(map, 'agency:dol-wd')).toMatchObject({
      key: 'dol-wd',
      label: 'Workforce Development Division',
      department_id: 'dol',
    });
    expect(byId(map, 'agency:ded')).toMatchObject({ department_id: 'ded', level: 'state' });
    expect(byId(map, 'stream:wioa-adult')).toEqual({
      id: 'stream:wioa-adult',
      key: 'wioa-adult',
      type: 'stream',
      label: 'WIOA Adult',
      source: 'federal',
      fiscal_year: 2025,
      amount: 12_500_000,
      obligated: 9_000_000,
      expended: 4_000_000,
      flexibility: 'moderate',
      match_percent: 0,
      assistance_listing: '17.258',
      expires: '2027-06-30',
      source_url: 'https://sam.gov/fal/07843c3758cb453c86b0fd0209e952ad/view',
      as_of: '2025-07-01',
      agency_id: 'dol-wd',
      department_id: 'dol',
    });
    expect(byId(map, 'release:rel-ded-1')).toEqual({
      id: 'release:rel-ded-1',
      key: 'rel-ded-1',
      type: 'release',
      label: 'Employer Training Round 1',
      opens: '2025-09-01',
      closes: '2025-10-01',
      stream_id: 'ded-training',
      source: 'state',
      agency_id: 'ded',
      department_id: 'ded',
    });
    expect(byId(map, 'partnership:north-mfg')).toMatchObject({ stage: 'implementing', region_id: 'north' });
  });

  it('links the nodes with typed edges between map ids', async () => {
    const map = await getMap();
    const edge = (type: string, source: string, target: string) =>
      map.edges.find(
        (candidate) => candidate.type === type && candidate.source === source && candidate.target === target,
      );
    expect(edge('ADMINISTERS', 'agency:dol-wd', 'stream:wioa-adult')).toBeDefined();
    expect(edge('PART_OF', 'agency:dol-wd', 'agency:dol')).toBeDefined();
    expect(edge('SUPPORTS', 'stream:state-appr', 'objective:apprenticeship')).toBeDefined();
    expect(edge('DRAWS_ON', 'release:rel-ao-1', 'stream:state-appr')).toBeDefined();
    expect(edge('ISSUES', 'agency:ded', 'release:rel-ded-1')).toBeDefined();
    expect(edge('ADVANCES', 'solution:iwt-sol', 'objective:iwt')).toBeDefined();
    expect(edge('SCOPED_TO', 'stream:ded-training', 'sector:health')).toBeDefined();
    expect(edge('IN_REGION', 'partnership:south-health', 'region:south')).toBeDefined();
    expect(edge('REQUESTS', 'partnership:north-mfg', 'solution:iwt-sol')).toMatchObject({
      priority: 1,
      estimated_cost: 400_000,
      year: 2025,
    });
    expect(edge('AWARDED', 'stream:wioa-adult', 'partnership:north-mfg')).toMatchObject({ amount: 200_000 });
    const ids = new Set(map.nodes.map((node) => node.id));
    for (const { source, target } of map.edges) {
      expect(ids.has(source)).toBe(true);
      expect(ids.has(target)).toBe(true);
    }
    expect(new Set(map.edges.map((candidate) => candidate.id)).size).toBe(map.edges.length);
  });

  it('shows another year with its own streams and the releases without a stream that open in it', async () => {
    const created = await app.inject({
      method: 'POST',
      url: '/api/releases',
      payload: {
        id: 'rel-open-2026',
        title: 'Open Call 2026',
        agency_id: 'ded',
        opens: '2025-08-01',
        closes: '2025-09-30',
        objective_ids: ['iwt'],
      },
    });
    expect(created.statusCode).toBe(201);
    const latest = await getMap();
    expect(latest.fiscal_year).toBe(2025);
    expect(latest.fiscal_years).toEqual([2025, 2026]);
    expect(byId(latest, 'release:rel-open-2026')).toBeUndefined();
    const next = await getMap('?fiscal_year=2026');
    expect(next.fiscal_year).toBe(2026);
    expect(idsOf(next, 'stream')).toEqual([]);
    expect(idsOf(next, 'release')).toEqual(['rel-open-2026']);
    expect(next.edges.some((edge) => edge.source.startsWith('stream:') || edge.target.startsWith('stream:'))).toBe(
      false,
    );
    expect(next.edges.find((edge) => edge.type === 'TARGETS' && edge.source === 'release:rel-open-2026')).toBeDefined();
  });

  it('rejects a fiscal year that is not one', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/graph?fiscal_year=soon' });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
  });
});

describe('saved map views', () => {
  it('saves a named view with positions, lists it, reopens it and deletes it', async () => {
    const saved = await app.inject({
      method: 'POST',
      url: '/api/graph/views',
      payload: {
        name: 'Training money',
        query: 'fy=2025&obj=iwt',
        positions: { 'stream:wioa-adult': { x: 10, y: -5 } },
      },
    });
    expect(saved.statusCode).toBe(201);
    const { id } = saved.json();
    const list = (await app.inject({ method: 'GET', url: '/api/graph/views' })).json();
    expect(list.items).toEqual([expect.objectContaining({ id, name: 'Training money', query: 'fy=2025&obj=iwt' })]);
    expect(list.items[0].positions).toBeUndefined();
    const one = (await app.inject({ method: 'GET', url: `/api/graph/views/${id}` })).json();
    expect(one.positions).toEqual({ 'stream:wioa-adult': { x: 10, y: -5 } });
    expect((await app.inject({ method: 'DELETE', url: `/api/graph/views/${id}` })).statusCode).toBe(204);
    expect((await app.inject({ method: 'GET', url: `/api/graph/views/${id}` })).statusCode).toBe(404);
  });

  it('refuses a view without a name', async () => {
    const response = await app.inject({ method: 'POST', url: '/api/graph/views', payload: { name: ' ', query: '' } });
    expect(response.statusCode).toBe(400);
  });
});

describe('provenance', () => {
  it('gives each table its rows, as-of range and rows citing a source', async () => {
    const body = (await app.inject({ method: 'GET', url: '/api/provenance' })).json();
    expect(body.as_of_earliest).toBe('2025-07-01');
    expect(body.as_of_latest).toBe('2025-07-01');
    const table = (name: string) => body.tables.find((found: { table: string }) => found.table === name);
    expect(table('funding_streams')).toEqual({
      table: 'funding_streams',
      rows: 3,
      as_of_earliest: '2025-07-01',
      as_of_latest: '2025-07-01',
      rows_with_source_url: 1,
    });
    expect(table('agencies')).toEqual({
      table: 'agencies',
      rows: 4,
      as_of_earliest: null,
      as_of_latest: null,
      rows_with_source_url: 0,
    });
    expect(body.tables.map((found: { table: string }) => found.table)).not.toContain('requests');
  });

  it('puts each stream’s source and as-of date on the map, so the selection export carries them', async () => {
    const stream = byId(await getMap(), 'stream:wioa-adult');
    expect(stream).toMatchObject({
      source_url: 'https://sam.gov/fal/07843c3758cb453c86b0fd0209e952ad/view',
      as_of: '2025-07-01',
    });
  });
});
