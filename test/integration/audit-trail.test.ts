import type { FastifyInstance } from 'fastify';
import type { QueryName } from '../../server/db/query-names.js';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Database, type Params, type Tx } from '../../server/db/database.js';
import { shellActor } from '../../scripts/shell-actor.js';
import { importRows } from '../../server/import/import-upload.js';
import { readUpload } from '../../server/import/read-upload.js';
import { fixtureFiles, loadSmallMap } from '../helpers/fixtures.js';
import { buildTestApp, resetDatabase, testConnection } from '../helpers/test-app.js';

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildTestApp();
});
afterAll(async () => app.close());
beforeEach(async () => {
  await resetDatabase();
});

const get = (url: string) => app.inject({ method: 'GET', url });
const countOf = async (cypher: string): Promise<number> => {
  const { records } = await app.db.driver.executeQuery(cypher);
  return Number(records[0]?.get('n'));
};

/** A database whose write transactions fail when they reach the named query: a fault injected mid-write. */
class FaultyDatabase extends Database {
  constructor(private readonly failAt: string) {
    super(testConnection());
  }
  override writeTransaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return super.writeTransaction((tx) =>
      work({
        run: <R>(name: QueryName, params?: Params) => {
          if (name === this.failAt) throw new Error(`fault injected at ${name}`);
          return tx.run<R>(name, params);
        },
      }),
    );
  }
}

describe('audit trail', () => {
  it('records each row edit with who, what and the old and new value of each field', async () => {
    await loadSmallMap(app);
    const stream = (await get('/api/funding-streams/state-appr')).json();
    await app.inject({
      method: 'PUT',
      url: '/api/funding-streams/state-appr',
      payload: { ...stream, amount: 2500000, flexibility: 'moderate' },
    });
    await app.inject({ method: 'POST', url: '/api/regions', payload: { id: 'east', name: 'East Region' } });
    await app.inject({ method: 'DELETE', url: '/api/regions/east' });

    const { items, total } = (await get('/api/audit')).json();
    expect(total).toBe(4);
    expect(items.map((entry: { action: string }) => entry.action)).toEqual([
      'row.delete',
      'row.create',
      'row.update',
      'import.upsert',
    ]);
    const update = items[2];
    expect(update).toMatchObject({
      actor: { id: 'test-admin', kind: 'user', label: 'test admin' },
      tables: ['funding_streams'],
      keys: ['state-appr'],
      counts: { funding_streams: { created: 0, updated: 1, deleted: 0 } },
    });
    expect(update.fields).toEqual([
      { table: 'funding_streams', key: 'state-appr', field: 'amount', before: 2000000, after: 2500000 },
      { table: 'funding_streams', key: 'state-appr', field: 'flexibility', before: 'flexible', after: 'moderate' },
    ]);
    expect(update.change_set_id).toEqual(expect.any(String));
    expect(items[3].counts.agencies).toEqual({ created: 4, updated: 0, unchanged: 0, deleted: 0 });
    expect(new Date(update.at).getTime()).toBeGreaterThan(Date.now() - 600_000);
  });

  it('filters by table, actor and date, and pages', async () => {
    await loadSmallMap(app);
    await app.inject({ method: 'POST', url: '/api/regions', payload: { id: 'east', name: 'East Region' } });
    await app.inject({ method: 'POST', url: '/api/graph/views', payload: { name: 'North', query: 'region=north' } });
    const regions = (await get('/api/audit?table=regions')).json();
    expect(regions.items.map((entry: { action: string }) => entry.action)).toEqual(['row.create', 'import.upsert']);
    expect((await get('/api/audit?table=saved_views')).json().items).toEqual([
      expect.objectContaining({ action: 'saved_view.create', detail: 'North' }),
    ]);
    expect((await get('/api/audit?actor=test-admin')).json().total).toBe(3);
    expect((await get('/api/audit?actor=cli:nobody')).json().total).toBe(0);
    const today = new Date().toISOString().slice(0, 10);
    expect((await get(`/api/audit?from=${today}&to=${today}`)).json().total).toBe(3);
    expect((await get('/api/audit?to=2000-01-01')).json().total).toBe(0);
    const page = (await get('/api/audit?limit=1&offset=1')).json();
    expect(page).toMatchObject({ total: 3, limit: 1, offset: 1 });
    expect(page.items.map((entry: { action: string }) => entry.action)).toEqual(['row.create']);
    expect((await get('/api/audit?from=yesterday')).statusCode).toBe(400);
    expect((await get('/api/audit/actors')).json().items).toEqual([
      { id: 'test-admin', label: 'test admin', kind: 'user' },
    ]);
  });

  it('records scorecard settings and saved-view deletes', async () => {
    const settings = (await get('/api/scorecard/settings')).json();
    const [first, ...rest] = settings.indicators;
    await app.inject({
      method: 'PUT',
      url: '/api/scorecard/settings',
      payload: { indicators: [{ ...first, visible: false }, ...rest] },
    });
    const saved = (
      await app.inject({ method: 'POST', url: '/api/graph/views', payload: { name: 'All', query: '' } })
    ).json();
    await app.inject({ method: 'DELETE', url: `/api/graph/views/${saved.id}` });
    const { items } = (await get('/api/audit')).json();
    expect(items.map((entry: { action: string }) => entry.action)).toEqual([
      'saved_view.delete',
      'saved_view.create',
      'settings.scorecard',
    ]);
    expect(items[2].fields).toEqual([
      expect.objectContaining({
        field: first.id,
        before: expect.objectContaining({ visible: true }),
        after: expect.objectContaining({ visible: false }),
      }),
    ]);
  });

  it.each(['audit/record', 'changes/save', 'entities/requests/upsert'])(
    'is atomic with the write: a fault at %s leaves neither rows nor a record',
    async (failAt) => {
      const db = new FaultyDatabase(failAt);
      try {
        const { rows } = await readUpload(fixtureFiles('small'));
        await expect(importRows(db, rows, 'upsert', shellActor())).rejects.toThrow(`fault injected at ${failAt}`);
      } finally {
        await db.close();
      }
      expect(await countOf('MATCH (n:Agency) RETURN count(n) AS n')).toBe(0);
      expect(await countOf('MATCH (n:AuditEntry) RETURN count(n) AS n')).toBe(0);
      expect(await countOf('MATCH (n:ChangeSet) RETURN count(n) AS n')).toBe(0);
    },
  );

  it('records the CLI actor of a command-line import', async () => {
    const db = new Database(testConnection());
    try {
      const { rows } = await readUpload(fixtureFiles('small'));
      await importRows(db, rows, 'upsert', shellActor());
    } finally {
      await db.close();
    }
    const [entry] = (await get('/api/audit')).json().items;
    expect(entry.actor).toMatchObject({ kind: 'cli', id: expect.stringMatching(/^cli:/) });
  });
});
