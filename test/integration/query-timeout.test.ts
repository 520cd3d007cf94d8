import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, resetDatabase } from '../helpers/test-app.js';
import { importFiles } from '../helpers/fixtures.js';

// Issue #10 point 10: queries have timeouts, and a transaction Neo4j ends for running past one is a 503 saying
// so (nothing was written), not a 500. A timeout of 1 ms makes every write run past it.
let app: FastifyInstance;
beforeAll(async () => {
  await resetDatabase();
  app = await buildTestApp({ config: { BRAID_QUERY_TIMEOUT_S: 0.001 } });
});
afterAll(async () => app.close());

describe('a transaction past the query timeout', () => {
  it('answers 503 problem+json and writes nothing', async () => {
    const rows = Array.from({ length: 2000 }, (_, i) => `t${i},Timed ${i},local`).join('\n');
    const response = await importFiles(app, [
      { name: 'agencies.csv', content: Buffer.from(`id,name,level\n${rows}\n`) },
    ]);
    expect(response.statusCode).toBe(503);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({ title: 'The database took too long' });
    const patient = await buildTestApp();
    try {
      expect((await patient.inject({ method: 'GET', url: '/api/agencies' })).json().total).toBe(0);
    } finally {
      await patient.close();
    }
  });
});
