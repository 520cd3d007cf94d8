import type { Config, Neo4jConnection } from '../server/config.js';
import { Database } from '../server/db/database.js';
import { externalConnection } from '../server/db/external-connection.js';
import { migrate } from '../server/repositories/migration-repository.js';
import { localInstance, start } from './neo4j/local-neo4j.js';

/** The Neo4j a command works on: NEO4J_URI's, or the local one (started if needed), with the schema applied. */
export const connectForScript = async (
  config: Config,
): Promise<{ db: Database; connection: Neo4jConnection; local: boolean }> => {
  const external = externalConnection(config);
  const connection: Neo4jConnection = external ?? {
    ...(await start(localInstance('dev', config.BRAID_NEO4J_PORT))),
    database: config.NEO4J_DATABASE,
  };
  const db = new Database(connection);
  try {
    await db.verify();
  } catch (error) {
    await db.close();
    throw new Error(`Cannot reach Neo4j at ${connection.uri}: ${(error as Error).message}`);
  }
  await migrate(db);
  return { db, connection, local: external === null };
};
