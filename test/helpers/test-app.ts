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
  try {
    await db.driver.executeQuery('MATCH (n) WHERE NOT n:SchemaMigration CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await db.close();
  }
};
