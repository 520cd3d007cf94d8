import { signInLinkUrl } from '../server/auth/public-url.js';
import { loadConfig, type Config } from '../server/config.js';
import type { Database } from '../server/db/database.js';
import { createSignInLink, signInLinkMinutes } from '../server/repositories/sign-in-link-repository.js';
import { countUsers, createUser } from '../server/repositories/user-repository.js';
import { todayOf } from '../server/domain/today.js';
import { shellActor } from './shell-actor.js';
import { LocalNeo4jError } from './neo4j/local-neo4j.js';
import { explainRejection, loadDemo } from '../server/seed/load-demo.js';
import { buildClientIfStale } from './build-client.js';
import { connectForScript } from './connect.js';
import { countMapNodes } from '../server/repositories/map-size-repository.js';

// npm start: the local Neo4j (unless NEO4J_URI names another), the demo map when the local database is
// empty, the first admin and their one-time sign-in link when no one can sign in, the built client, then the
// server.
const main = async (): Promise<void> => {
  const config = loadConfig();
  const { db, local } = await connectForScript(config);
  let firstAdminLink: string | null = null;
  try {
    const nodes = await countMapNodes(db);
    if (nodes === 0 && local && !config.NEO4J_DATABASE) {
      console.log('The database is empty: loading the demo map (seed/demo)...');
      const report = await loadDemo(db, todayOf(config.BRAID_TODAY), shellActor());
      console.log(`Loaded ${report.rows} rows.`);
    } else if (nodes === 0) {
      console.log('The database is empty. Load the demo map with `npm run seed` or import your own data.');
    }
    firstAdminLink = await createFirstAdmin(db, config);
  } finally {
    await db.close();
  }
  buildClientIfStale();
  await import('../server/server.js');
  if (firstAdminLink) {
    console.log(`\nNo one could sign in yet, so an admin was created (${firstAdminEmail}). Open this link to sign in`);
    console.log(
      `as them; it works once, for ${signInLinkMinutes} minutes (npm run user -- link ${firstAdminEmail} makes another):`,
    );
    console.log(firstAdminLink);
  }
};

const firstAdminEmail = 'admin@localhost';

/** On an empty user store, an admin without a password and a one-time link to sign in as them (as Jupyter does). */
const createFirstAdmin = async (db: Database, config: Config): Promise<string | null> => {
  if ((await countUsers(db)) > 0) return null;
  const admin = await createUser(db, { email: firstAdminEmail, role: 'admin' }, shellActor());
  return signInLinkUrl(config, await createSignInLink(db, admin.id));
};

main().catch((error: unknown) => {
  console.error(error instanceof LocalNeo4jError ? error.message : explainRejection(error));
  process.exit(1);
});
