import Fastify, { type FastifyInstance } from 'fastify';
import multipart from '@fastify/multipart';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { createServer } from 'node:http';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import compress from '@fastify/compress';
import rateLimit from '@fastify/rate-limit';
import type { FastifyRequest } from 'fastify';
import { defaultConfig, type Config, type Neo4jConnection } from './config.js';
import type { Actor } from './domain/actor.js';
import actorPlugin from './plugins/actor.js';
import authPlugin from './plugins/auth.js';
import hostCheck from './plugins/host-check.js';
import securityHeaders from './plugins/security-headers.js';
import clientPlugin from './plugins/client.js';
import clockPlugin from './plugins/clock.js';
import databasePlugin from './plugins/database.js';
import openapiPlugin from './plugins/openapi.js';
import problemDetails, { frameworkProblem } from './plugins/problem-details.js';
import shareLinksPlugin from './plugins/share-links.js';
import apiRoutes from './routes/index.js';
import { OidcRelyingParty } from './auth/oidc-relying-party.js';
import { oidcSettings } from './auth/oidc-settings.js';
import { publicUrl } from './auth/public-url.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export interface AppOptions {
  /** The settings that matter here; the rest take their defaults (see config.ts). */
  config: Pick<Config, 'LOG_LEVEL' | 'BRAID_UPLOAD_LIMIT_MB'> & Partial<Config>;
  connection: Neo4jConnection;
  clientRoot?: string;
  /** Who a request without credentials is; anonymous unless a test helper says otherwise (see plugins/actor.ts). */
  defaultActor?: Actor;
}

/** What the log keeps of a request: one-time sign-in links are secrets until used, so their path is cut. */
const loggedRequest = (request: FastifyRequest) => ({
  method: request.method,
  url: request.url.replace(/^\/api\/auth\/link\/.*/, '/api/auth/link/…'),
  host: request.host,
  remoteAddress: request.ip,
});

/** The configured host names, and the host of BRAID_PUBLIC_URL (the address people are given). */
const allowedHosts = (config: Config): string[] => [
  ...config.BRAID_ALLOWED_HOSTS,
  ...(config.BRAID_PUBLIC_URL ? [new URL(config.BRAID_PUBLIC_URL).hostname.toLowerCase()] : []),
];

/** The whole application as a Fastify instance; server.ts listens with it, tests inject() into it. */
export const buildApp = async ({
  config: given,
  connection,
  clientRoot,
  defaultActor,
}: AppOptions): Promise<FastifyInstance> => {
  const config: Config = { ...defaultConfig(), ...given };
  const requestTimeoutMs = config.BRAID_REQUEST_TIMEOUT_S * 1000;
  const app = Fastify({
    logger: { level: config.LOG_LEVEL, serializers: { req: loggedRequest } },
    bodyLimit: config.BRAID_UPLOAD_LIMIT_MB * 1024 * 1024,
    trustProxy: config.BRAID_TRUST_PROXY,
    // Applying the schema on a fresh database (a constraint per step) can take longer than Fastify's 10 s.
    pluginTimeout: 120_000,
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
  await app.register(hostCheck, { allowedHosts: allowedHosts(config) });
  await app.register(securityHeaders, {
    https: config.BRAID_TRUST_PROXY || config.BRAID_PUBLIC_URL?.startsWith('https:') === true,
  });
  // JSON answers of the map and the analytics run to megabytes; already-encoded static files pass through.
  await app.register(compress, { threshold: 1024 });
  await app.register(rateLimit, { global: false });
  // Before the actor plugin: its onRequest hook reads the session cookie.
  await app.register(cookie);
  await app.register(multipart, { limits: { fileSize: config.BRAID_UPLOAD_LIMIT_MB * 1024 * 1024, files: 20 } });
  await app.register(openapiPlugin);
  await app.register(databasePlugin, { connection, queryTimeoutMs: config.BRAID_QUERY_TIMEOUT_S * 1000 });
  await app.register(actorPlugin, { publicRead: config.BRAID_PUBLIC_READ, defaultActor });
  await app.register(authPlugin, {
    timeouts: { idleMinutes: config.BRAID_SESSION_IDLE_MINUTES, absoluteMinutes: config.BRAID_SESSION_MAX_HOURS * 60 },
  });
  await app.register(shareLinksPlugin, { frameAncestors: config.BRAID_FRAME_ANCESTORS ?? [] });
  const sso = oidcSettings(config, publicUrl(config));
  await app.register(apiRoutes, {
    prefix: '/api',
    publicRead: config.BRAID_PUBLIC_READ,
    relyingParty: sso ? new OidcRelyingParty(sso) : null,
    publicUrl: publicUrl(config),
  });
  await app.register(clientPlugin, { root: clientRoot ?? join(repoRoot, 'dist', 'client') });
  return app;
};
