import { connect } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, testConnection } from '../helpers/test-app.js';
import { TcpProxy } from '../helpers/tcp-proxy.js';

// Health answers within a second or two whatever Neo4j does, and a client that drips bytes is cut off.
// Neo4j is "frozen" by the relay in front of it holding every byte (as kill -STOP would, without the risk of
// leaving the shared test Neo4j stopped if the test dies), and "dead" by the relay closing.
let app: FastifyInstance;
let proxy: TcpProxy;

beforeAll(async () => {
  const target = new URL(testConnection().uri);
  proxy = new TcpProxy(target.hostname, Number(target.port));
  await proxy.open();
  app = await buildTestApp({
    config: { BRAID_REQUEST_TIMEOUT_S: 2 },
  });
});
afterAll(async () => {
  await app.close();
  await proxy.close();
});

const timed = async <T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> => {
  const started = Date.now();
  const value = await work();
  return { value, ms: Date.now() - started };
};

describe('health and time limits', () => {
  it('health answers within 2 s when Neo4j is frozen, and when it is gone', async () => {
    const { buildApp } = await import('../../server/app.js');
    const proxied = await buildApp({
      config: { LOG_LEVEL: 'silent', BRAID_UPLOAD_LIMIT_MB: 5 },
      connection: { ...testConnection(), uri: `bolt://127.0.0.1:${proxy.port}` },
    });
    try {
      expect((await proxied.inject({ method: 'GET', url: '/api/health' })).json()).toMatchObject({ status: 'ok' });
      proxy.freeze();
      const frozen = await timed(() => proxied.inject({ method: 'GET', url: '/api/health' }));
      expect(frozen.ms).toBeLessThan(2000);
      expect(frozen.value.json()).toMatchObject({ status: 'degraded', neo4j: { reachable: false } });
      await proxy.close();
      proxy.thaw();
      const dead = await timed(() => proxied.inject({ method: 'GET', url: '/api/health' }));
      expect(dead.ms).toBeLessThan(2000);
      expect(dead.value.json()).toMatchObject({ status: 'degraded' });
      await proxy.open();
      let back = false;
      for (let attempt = 0; attempt < 20 && !back; attempt += 1)
        back = (await proxied.inject({ method: 'GET', url: '/api/health' })).json().status === 'ok';
      expect(back).toBe(true);
    } finally {
      proxy.thaw();
      await proxied.close();
    }
  });

  it('cuts off an upload that drips its bytes', async () => {
    await app.listen({ host: '127.0.0.1', port: 0 });
    const { port } = app.server.address() as { port: number };
    const socket = connect(port, '127.0.0.1');
    const closed = new Promise<number>((resolve) => {
      const started = Date.now();
      socket.on('close', () => resolve(Date.now() - started));
      socket.on('error', () => undefined);
    });
    socket.write(
      'POST /api/import HTTP/1.1\r\nHost: localhost\r\nContent-Type: multipart/form-data; boundary=x\r\nContent-Length: 100000\r\n\r\n',
    );
    const drip = setInterval(() => socket.write('a'), 200);
    try {
      const ms = await Promise.race([closed, new Promise<number>((resolve) => setTimeout(() => resolve(-1), 15_000))]);
      expect(ms).toBeGreaterThan(0);
      expect(ms).toBeLessThan(10_000);
    } finally {
      clearInterval(drip);
      socket.destroy();
    }
  });
});
