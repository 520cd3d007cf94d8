import Fastify, { type FastifyInstance } from 'fastify';
import multipart from '@fastify/multipart';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { createServer } from 'node:http';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Config, Neo4jConnection } from './config.js';
import type { Actor } from './domain/actor.js';
import actorPlugin from './plugins/actor.js';
import clientPlugin from './plugins/client.js';
import clockPlugin from './plugins/clock.js';
import databasePlugin from './plugins/database.js';
import openapiPlugin from './plugins/openapi.js';
import problemDetails, { frameworkProblem } from './plugins/problem-details.js';
import shareLinksPlugin from './plugins/share-links.js';
import apiRoutes from './routes/index.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export interface AppOptions {
  config: Pick<Config, 'LOG_LEVEL' | 'BRAID_UPLOAD_LIMIT_MB'> &
    Partial<
      Pick<
        Config,
        | 'BRAID_PUBLIC_READ'
        | 'BRAID_TODAY'
        | 'BRAID_FRAME_ANCESTORS'
        | 'BRAID_REQUEST_TIMEOUT_S'
        | 'BRAID_QUERY_TIMEOUT_S'
      >
    >;
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
  const requestTimeoutMs = (config.BRAID_REQUEST_TIMEOUT_S ?? 120) * 1000;
  const app = Fastify({
    logger: { level: config.LOG_LEVEL },
    bodyLimit: config.BRAID_UPLOAD_LIMIT_MB * 1024 * 1024,
    // A client that drips bytes is cut off instead of holding a connection open for ever: the whole request
    // must arrive within the timeout, checked every second (Node checks every 30 s unless told).
    serverFactory: (handler) =>
      createServer({ requestTimeout: requestTimeoutMs, connectionsCheckingInterval: 1000 }, handler),
    connectionTimeout: requestTimeoutMs,
    // Bad URLs (a malformed %) and over-long path parameters answer problem+json like everything else.
    frameworkErrors: frameworkProblem,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  await app.register(problemDetails);
  await app.register(clockPlugin, { pinnedToday: config.BRAID_TODAY });
  await app.register(multipart, { limits: { fileSize: config.BRAID_UPLOAD_LIMIT_MB * 1024 * 1024, files: 20 } });
  await app.register(openapiPlugin);
  await app.register(databasePlugin, { connection, queryTimeoutMs: (config.BRAID_QUERY_TIMEOUT_S ?? 60) * 1000 });
  await app.register(actorPlugin, { publicRead: config.BRAID_PUBLIC_READ ?? false, defaultActor });
  await app.register(shareLinksPlugin, { frameAncestors: config.BRAID_FRAME_ANCESTORS ?? [] });
  await app.register(apiRoutes, { prefix: '/api' });
  await app.register(clientPlugin, { root: clientRoot ?? join(repoRoot, 'dist', 'client') });
  return app;
};
