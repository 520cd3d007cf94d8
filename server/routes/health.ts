import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { health } from '../contract/health.js';

/** Liveness plus whether Neo4j answers; 200 either way so a load balancer keeps the app (it recovers by itself). */
const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/health',
    {
      config: { role: 'public' },
      schema: { tags: ['system'], summary: 'Is the server up, and can it reach Neo4j?', response: { 200: health } },
    },
    async () => {
      try {
        await app.db.read('system/ping');
        return { status: 'ok' as const, neo4j: { reachable: true } };
      } catch {
        return { status: 'degraded' as const, neo4j: { reachable: false, detail: 'Neo4j does not answer' } };
      }
    },
  );
};

export default healthRoutes;
