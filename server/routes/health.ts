import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { health } from '../contract/health.js';

/** Health answers within this, whatever Neo4j does: a frozen Neo4j must not freeze the load balancer's probe. */
const healthWithinMs = 1500;

/** Liveness plus whether Neo4j answers; 200 either way so a load balancer keeps the app (it recovers by itself). */
const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/health',
    {
      config: { role: 'public' },
      schema: { tags: ['system'], summary: 'Is the server up, and can it reach Neo4j?', response: { 200: health } },
    },
    async () =>
      (await app.db.ping(healthWithinMs))
        ? { status: 'ok' as const, neo4j: { reachable: true } }
        : { status: 'degraded' as const, neo4j: { reachable: false, detail: 'Neo4j does not answer' } },
  );
};

export default healthRoutes;
