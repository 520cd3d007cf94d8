import { loadConfig } from '../server/config.js';
import { LocalNeo4jError, localInstance, logFile, start, status, stop } from './neo4j/local-neo4j.js';

// npm run db:start | db:stop | db:status — the local Neo4j that `npm start` uses.
const command = process.argv[2];
const config = loadConfig();
const instance = localInstance('dev', config.BRAID_NEO4J_PORT);

const main = async (): Promise<void> => {
  if (config.NEO4J_URI) {
    console.log(`NEO4J_URI is set (${config.NEO4J_URI}): Braid uses that Neo4j and starts none of its own.`);
    return;
  }
  switch (command) {
    case 'start': {
      const connection = await start(instance);
      console.log(`Neo4j is running on ${connection.uri}`);
      return;
    }
    case 'stop':
      console.log((await stop(instance)) ? 'Neo4j stopped.' : 'Neo4j was not running.');
      return;
    case 'status':
      console.log(
        `Neo4j (${instance.name}, bolt://127.0.0.1:${instance.port}): ${await status(instance)}; log ${logFile(instance)}`,
      );
      return;
    default:
      throw new LocalNeo4jError('usage: tsx scripts/db.ts start|stop|status');
  }
};

main().catch((error: unknown) => {
  console.error(error instanceof LocalNeo4jError ? error.message : error);
  process.exit(1);
});
