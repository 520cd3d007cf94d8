import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../../server/db/database.js';
import { query } from '../../server/db/queries.js';
import { buildTestApp, resetDatabase, testConnection } from '../helpers/test-app.js';
import { importFiles } from '../helpers/fixtures.js';

// Issue #10 point 10: queries have timeouts, and a transaction Neo4j ends for running past one is a 503 saying
// so (nothing was written), not a 500.
let app: FastifyInstance;
beforeAll(async () => {
  await resetDatabase();
  app = await buildTestApp({ config: { BRAID_QUERY_TIMEOUT_S: 1 } });
});
afterAll(async () => app.close());

describe('a transaction past the query timeout', () => {
  it('answers 503 problem+json and writes nothing', async () => {
    // Another transaction holds the map lock every write takes first, so the import waits past its 1 s limit on
    // any machine. (A short import alone can finish first: Neo4j checks transaction time every 2 s.)
    const db = new Database(testConnection());
    const holder = db.driver.session();
    await holder.run(query('system/lock-map'));
    const held = holder.beginTransaction();
    await held.run(query('system/lock-map'));
    try {
      const rows = Array.from({ length: 20 }, (_, i) => `t${i},Timed ${i},local`).join('\n');
      const response = await importFiles(app, [
        { name: 'agencies.csv', content: Buffer.from(`id,name,level\n${rows}\n`) },
      ]);
      expect(response.statusCode).toBe(503);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json()).toMatchObject({ title: 'The database took too long' });
    } finally {
      await held.rollback();
      await holder.close();
      await db.close();
    }
    const patient = await buildTestApp();
    try {
      expect((await patient.inject({ method: 'GET', url: '/api/agencies' })).json().total).toBe(0);
    } finally {
      await patient.close();
    }
  });
});
