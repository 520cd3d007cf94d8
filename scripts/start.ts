import { loadConfig } from '../server/config.js';
import { todayOf } from '../server/domain/today.js';
import { shellActor } from './shell-actor.js';
import { LocalNeo4jError } from './neo4j/local-neo4j.js';
import { explainRejection, loadDemo } from '../server/seed/load-demo.js';
import { buildClientIfStale } from './build-client.js';
import { connectForScript } from './connect.js';

// npm start: the local Neo4j (unless NEO4J_URI names another), the demo map when the local database is
// empty, the built client, then the server.
const main = async (): Promise<void> => {
  const config = loadConfig();
  const { db, local } = await connectForScript(config);
  try {
    const [{ nodes }] = (await db.read<{ nodes: number }>('system/count-map')) as [{ nodes: number }];
    if (nodes === 0 && local && !config.NEO4J_DATABASE) {
      console.log('The database is empty: loading the demo map (seed/demo)...');
      const report = await loadDemo(db, todayOf(config.BRAID_TODAY), shellActor());
      console.log(`Loaded ${report.rows} rows.`);
    } else if (nodes === 0) {
      console.log('The database is empty. Load the demo map with `npm run seed` or import your own data.');
    }
  } finally {
    await db.close();
  }
  buildClientIfStale();
  await import('../server/server.js');
};

main().catch((error: unknown) => {
  console.error(error instanceof LocalNeo4jError ? error.message : explainRejection(error));
  process.exit(1);
});
