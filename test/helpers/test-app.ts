import type { FastifyInstance } from 'fastify';
import { inject } from 'vitest';
import { buildApp, type AppOptions } from '../../server/app.js';
import type { Neo4jConnection } from '../../server/config.js';
import { Database } from '../../server/db/database.js';
import { anonymousActor, type Actor, type Role } from '../../server/domain/actor.js';
import { TEST_TODAY } from './today.js';

export const testConnection = (): Neo4jConnection => ({ ...inject('neo4j'), database: undefined });

/** Who a test request is when it sends no credentials: a person holding `role`, or an anonymous visitor. */
export const testActor = (role: Role | null): Actor =>
  role === null ? anonymousActor : { id: `test-${role}`, kind: 'user', role, label: `test ${role}` };

export interface TestAppOptions {
  /** The role of requests that carry no credentials (default admin, so tests of other areas need not sign in). */
  role?: Role | null;
  config?: Partial<AppOptions['config']>;
  clientRoot?: string;
}

/** The app as the server builds it, on the test Neo4j, quiet, acting as an admin unless told otherwise. */
export const buildTestApp = ({
  role = 'admin',
  config = {},
  clientRoot,
}: TestAppOptions = {}): Promise<FastifyInstance> =>
  buildApp({
    config: { LOG_LEVEL: 'silent', BRAID_UPLOAD_LIMIT_MB: 50, BRAID_TODAY: TEST_TODAY, ...config },
    connection: testConnection(),
    clientRoot,
    defaultActor: testActor(role),
  });

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
