import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entities } from '../../server/domain/catalog.js';
import { loadSmallMap } from '../helpers/fixtures.js';
import { buildTestApp, resetDatabase } from '../helpers/test-app.js';

// Lists are filtered, sorted and paged by Cypher (cypher/entities/<table>/list.cypher); these pin what the
// TypeScript version did at the edges, on the small fixture.

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildTestApp();
  await resetDatabase();
  await loadSmallMap(app);
});
afterAll(async () => app.close());

const ids = async (url: string) =>
  ((await app.inject({ method: 'GET', url })).json() as { items: Array<{ id: string }> }).items.map((row) => row.id);

describe('row lists', () => {
  it('puts rows without the sort value last, and first when descending', async () => {
    // rel-ded-1 has no amount.
    expect((await ids('/api/releases?sort=amount')).at(-1)).toBe('rel-ded-1');
    expect((await ids('/api/releases?sort=-amount'))[0]).toBe('rel-ded-1');
  });

  it('filters numbers and stored lists as the text of the query', async () => {
    expect(await ids('/api/funding-streams?fiscal_year=2025&eligible_applicants=nonprofit')).toEqual(['wioa-adult']);
    expect(await ids('/api/funding-streams?fiscal_year=1999')).toEqual([]);
  });

  it('counts every matching row, not the page', async () => {
    const page = (await app.inject({ method: 'GET', url: '/api/releases?limit=1&offset=1&sort=opens' })).json();
    expect(page.items).toHaveLength(1);
    expect(page.total).toBe((await ids('/api/releases')).length);
  });

  it('refuses to sort by a list column, naming the columns it sorts by', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/releases?sort=objective_ids' });
    expect(response.statusCode).toBe(400);
    expect(response.json().detail).toContain('Cannot sort by objective_ids; sort by: id, title');
  });

  it('answers the unfiltered page (built only for its rows) as each row reads on its own, in key order', async () => {
    for (const entity of entities) {
      const page = (await app.inject({ method: 'GET', url: `/api/${entity.path}?limit=5000` })).json() as {
        items: Array<Record<string, unknown>>;
        total: number;
      };
      expect(page.total, entity.name).toBe(page.items.length);
      if (entity.key.length === 1) {
        const ids = page.items.map((row) => String(row[entity.key[0] as string]));
        expect(ids, entity.name).toEqual([...ids].sort());
      }
      for (const row of page.items) {
        const key = encodeURIComponent(entity.key.map((column) => String(row[column] ?? '')).join('|'));
        const one = await app.inject({ method: 'GET', url: `/api/${entity.path}/${key}` });
        expect(one.json(), `${entity.name} ${key}`).toEqual(row);
      }
    }
  });
});
