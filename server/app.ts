import Fastify, { type FastifyInstance } from 'fastify';
import multipart from '@fastify/multipart';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Config, Neo4jConnection } from './config.js';
import type { Actor } from './domain/actor.js';
import actorPlugin from './plugins/actor.js';
import clientPlugin from './plugins/client.js';
import clockPlugin from './plugins/clock.js';
import databasePlugin from './plugins/database.js';
import openapiPlugin from './plugins/openapi.js';
import problemDetails from './plugins/problem-details.js';
import shareLinksPlugin from './plugins/share-links.js';
import apiRoutes from './routes/index.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export interface AppOptions {
  config: Pick<Config, 'LOG_LEVEL' | 'BRAID_UPLOAD_LIMIT_MB'> &
    Partial<Pick<Config, 'BRAID_PUBLIC_READ' | 'BRAID_TODAY' | 'BRAID_FRAME_ANCESTORS'>>;
  connection: Neo4jConnection;
  clientRoot?: string;
  /** Who a request without credentials is; anonymous unless a test helper says otherwise (see plugins/actor.ts). */
  defaultActor?: Actor;
}

/** The whole application as a Fastify instance; server.ts listens with it, tests inject() into it. */
export const buildApp = async ({
  config,
  connection,
  clientRoot,
  defaultActor,
}: AppOptions): Promise<FastifyInstance> => {
  const app = Fastify({
    logger: { level: config.LOG_LEVEL },
    bodyLimit: config.BRAID_UPLOAD_LIMIT_MB * 1024 * 1024,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  await app.register(problemDetails);
  await app.register(clockPlugin, { pinnedToday: config.BRAID_TODAY });
  await app.register(multipart, { limits: { fileSize: config.BRAID_UPLOAD_LIMIT_MB * 1024 * 1024, files: 20 } });
  await app.register(openapiPlugin);
  await app.register(databasePlugin, { connection });
  await app.register(actorPlugin, { publicRead: config.BRAID_PUBLIC_READ ?? false, defaultActor });
  await app.register(shareLinksPlugin, { frameAncestors: config.BRAID_FRAME_ANCESTORS ?? [] });
  await app.register(apiRoutes, { prefix: '/api' });
  await app.register(clientPlugin, { root: clientRoot ?? join(repoRoot, 'dist', 'client') });
  return app;
};
