import { buildApp } from './app.js';
import { loadConfig, type Config, type Neo4jConnection } from './config.js';
import { externalConnection } from './db/external-connection.js';
import { localConnection } from './db/local-connection.js';

/** NEO4J_URI selects an existing Neo4j; otherwise the local one that `npm run db:start` runs. */
export const resolveConnection = (config: Config): Neo4jConnection => {
  const external = externalConnection(config);
  if (external) return external;
  try {
    return { ...localConnection('dev', config.BRAID_NEO4J_PORT), database: config.NEO4J_DATABASE };
  } catch {
    throw new Error('No local Neo4j has been set up yet: run `npm start` (or `npm run db:start`), or set NEO4J_URI.');
  }
};

const main = async (): Promise<void> => {
  const config = loadConfig();
  const app = await buildApp({ config, connection: resolveConnection(config) });
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => {
      app.log.info(`${signal}: closing`);
      void app.close().then(() => process.exit(0));
    });
  await app.listen({ host: config.HOST, port: config.PORT });
  console.log(`Braid is on http://${config.HOST === '127.0.0.1' ? 'localhost' : config.HOST}:${config.PORT}`);
};

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
