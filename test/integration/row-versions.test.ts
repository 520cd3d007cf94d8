import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadSmallMap } from '../helpers/fixtures.js';
import { buildTestApp, resetDatabase } from '../helpers/test-app.js';

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildTestApp();
});
afterAll(async () => app.close());
beforeEach(async () => {
  await resetDatabase();
  await loadSmallMap(app);
});

const url = '/api/funding-streams/state-appr';
const put = (payload: Record<string, unknown>, ifMatch?: string) =>
  app.inject({ method: 'PUT', url, payload, headers: ifMatch ? { 'if-match': ifMatch } : {} });

describe('row versions (ETag / If-Match)', () => {
  it('answers an ETag that every write bumps', async () => {
    const read = await app.inject({ method: 'GET', url });
    expect(read.headers.etag).toBe('"1"');
    const saved = await put({ ...read.json(), amount: 2100000 }, '"1"');
    expect(saved.statusCode).toBe(200);
    expect(saved.headers.etag).toBe('"2"');
    expect((await app.inject({ method: 'GET', url })).headers.etag).toBe('"2"');
  });

  it('refuses a stale edit with 409 and the current values, and changes nothing', async () => {
    const start = (await app.inject({ method: 'GET', url })).json();
    expect((await put({ ...start, amount: 2100000 }, '"1"')).statusCode).toBe(200);
    // A second editor who also opened version 1:
    const stale = await put({ ...start, flexibility: 'moderate' }, '"1"');
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({
      title: 'Changed by someone else',
      version: 2,
      current: { id: 'state-appr', amount: 2100000, flexibility: 'flexible' },
    });
    const now = (await app.inject({ method: 'GET', url })).json();
    expect(now).toMatchObject({ amount: 2100000, flexibility: 'flexible' });
  });

  it('honours If-Match on DELETE, and refuses a malformed one', async () => {
    await app.inject({ method: 'POST', url: '/api/regions', payload: { id: 'east', name: 'East Region' } });
    const staleDelete = await app.inject({
      method: 'DELETE',
      url: '/api/regions/east',
      headers: { 'if-match': '"7"' },
    });
    expect(staleDelete.statusCode).toBe(409);
    expect(staleDelete.json().current).toEqual({ id: 'east', name: 'East Region' });
    const bad = await app.inject({ method: 'DELETE', url: '/api/regions/east', headers: { 'if-match': 'yesterday' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().title).toBe('Invalid If-Match');
    const ok = await app.inject({ method: 'DELETE', url: '/api/regions/east', headers: { 'if-match': 'W/"1"' } });
    expect(ok.statusCode).toBe(204);
  });

  it('keeps the version of a row a re-import leaves unchanged', async () => {
    const before = (await app.inject({ method: 'GET', url: '/api/regions/north' })).headers.etag;
    await loadSmallMap(app);
    expect((await app.inject({ method: 'GET', url: '/api/regions/north' })).headers.etag).toBe(before);
  });
});
