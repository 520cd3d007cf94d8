import type { FastifyInstance } from 'fastify';
import { inject } from 'vitest';
import { buildApp } from '../../server/app.js';
import type { Neo4jConnection } from '../../server/config.js';
import { Database } from '../../server/db/database.js';

export const testConnection = (): Neo4jConnection => ({ ...inject('neo4j'), database: undefined });

/** The app as the server builds it, on the test Neo4j, quiet. */
export const buildTestApp = (): Promise<FastifyInstance> =>
  buildApp({ config: { LOG_LEVEL: 'silent', BRAID_UPLOAD_LIMIT_MB: 50 }, connection: testConnection() });

/** Empties the test database (each test file starts from nothing and builds the graph it asserts on). */
export const resetDatabase = async (): Promise<void> => {
  const db = new Database(testConnection());
  const session = db.driver.session();
  try {
    // Settings are data too; only the record of applied schema steps survives.
    await session.run(
      'MATCH (n) WHERE NOT n:SchemaMigration CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS',
    );
  } finally {
    await session.close();
    await db.close();
  }
};
