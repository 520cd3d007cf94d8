import fp from 'fastify-plugin';
import type { Neo4jConnection } from '../config.js';
import { Database } from '../db/database.js';
import { migrate } from '../repositories/migration-repository.js';

declare module 'fastify' {
  interface FastifyInstance {
    db: Database;
  }
}

/**
 * One Neo4j driver for the app, closed with it. The schema is applied at start-up when Neo4j answers; when it
 * does not, the app still starts (and /api/health says so) and applies the schema once Neo4j is back.
 */
export default fp<{ connection: Neo4jConnection; queryTimeoutMs?: number }>(
  async (app, { connection, queryTimeoutMs }) => {
    const db = new Database(connection, queryTimeoutMs);
    app.decorate('db', db);
    let migrated: Promise<void> | null = null;
    const ensureSchema = (): Promise<void> => {
      migrated ??= migrate(db).then(
        (applied) => {
          if (applied.length > 0) app.log.info({ applied }, 'schema steps applied');
        },
        (error: unknown) => {
          migrated = null;
          throw error;
        },
      );
      return migrated;
    };
    try {
      await ensureSchema();
    } catch (error) {
      app.log.warn({ err: error }, 'Neo4j is not reachable yet; the schema will be applied when it is');
    }
    app.addHook('onRequest', async (request) => {
      if (
        request.url.startsWith('/api/') &&
        !request.url.startsWith('/api/health') &&
        !request.url.startsWith('/api/docs')
      )
        await ensureSchema();
    });
    app.addHook('onClose', async () => db.close());
  },
  { name: 'database' },
);
