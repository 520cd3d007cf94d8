import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app.js';
import { testActor, testConnection } from '../helpers/test-app.js';
import { TcpProxy } from '../helpers/tcp-proxy.js';

// The server stays up while Neo4j is unreachable, answers 503 problem+json, and recovers by itself.
let app: FastifyInstance;
let proxy: TcpProxy;

beforeAll(async () => {
  const target = new URL(testConnection().uri);
  proxy = new TcpProxy(target.hostname, Number(target.port));
  await proxy.open();
  app = await buildApp({
    config: { LOG_LEVEL: 'silent', BRAID_UPLOAD_LIMIT_MB: 5 },
    connection: { ...testConnection(), uri: `bolt://127.0.0.1:${proxy.port}` },
    defaultActor: testActor('admin'),
  });
});
afterAll(async () => {
  await app.close();
  await proxy.close();
});

describe('when Neo4j goes away', () => {
  it('answers 503 with a plain message, reports it in health, and recovers when Neo4j returns', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/agencies' })).statusCode).toBe(200);

    await proxy.close();
    const down = await app.inject({ method: 'GET', url: '/api/agencies' });
    expect(down.statusCode).toBe(503);
    expect(down.headers['content-type']).toContain('application/problem+json');
    expect(down.json()).toMatchObject({ status: 503, title: 'The database is unavailable' });
    expect(down.body).not.toMatch(/ServiceUnavailable|bolt:|ECONNREFUSED/);
    const health = await app.inject({ method: 'GET', url: '/api/health' });
    expect(health.json()).toMatchObject({ status: 'degraded', neo4j: { reachable: false } });

    await proxy.open();
    expect((await app.inject({ method: 'GET', url: '/api/agencies' })).statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/api/health' })).json()).toMatchObject({ status: 'ok' });
  });
});
