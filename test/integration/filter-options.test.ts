import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSmallMap } from '../helpers/fixtures.js';
import { buildTestApp, resetDatabase } from '../helpers/test-app.js';

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildTestApp();
  await resetDatabase();
});
afterAll(async () => app.close());

const getOptions = async () => {
  const response = await app.inject({ method: 'GET', url: '/api/analytics/filter-options' });
  expect(response.statusCode).toBe(200);
  return response.json();
};

describe('GET /api/analytics/filter-options on an empty map', () => {
  it('answers no years, no default year and empty choices', async () => {
    expect(await getOptions()).toEqual({
      fiscal_years: [],
      latest_fiscal_year: null,
      agencies: [],
      sectors: [],
      regions: [],
    });
  });
});

describe('GET /api/analytics/filter-options', () => {
  beforeAll(async () => loadSmallMap(app));

  it("answers the map's fiscal years and the agencies, sectors and regions, as the map and tables do", async () => {
    const options = await getOptions();
    const map = (await app.inject({ method: 'GET', url: '/api/graph' })).json();
    expect(options.fiscal_years).toEqual(map.fiscal_years);
    expect(options.latest_fiscal_year).toBe(map.fiscal_year);
    const agencies = (await app.inject({ method: 'GET', url: '/api/agencies?limit=5000' })).json().items;
    expect(options.agencies.map((agency: { id: string }) => agency.id).sort()).toEqual(
      agencies.map((agency: { id: string }) => agency.id).sort(),
    );
    expect(options.agencies[0]).toEqual({ id: 'dol-ao', name: 'Apprenticeship Office' });
    // By name, as the filter bar lists them.
    expect(options.sectors).toEqual([
      { id: 'mfg', name: 'Advanced manufacturing' },
      { id: 'health', name: 'Healthcare' },
    ]);
    expect(options.regions).toEqual([
      { id: 'north', name: 'North Region' },
      { id: 'south', name: 'South Region' },
    ]);
  });

  it('is much smaller than the map it replaces for the filter bar', async () => {
    const options = await app.inject({ method: 'GET', url: '/api/analytics/filter-options' });
    const map = await app.inject({ method: 'GET', url: '/api/graph' });
    expect(options.body.length).toBeLessThan(map.body.length / 4);
  });
});
