import type { FastifyPluginAsync } from 'fastify';
import auditRoutes from './audit.js';
import changeRoutes from './changes.js';
import entityRoutes from './entities.js';
import shareLinkRoutes from './share-links.js';
import healthRoutes from './health.js';
import importRoutes from './import-export.js';

/** Everything under /api. */
const apiRoutes: FastifyPluginAsync = async (app) => {
  await app.register(healthRoutes);
  await app.register(importRoutes);
  await app.register(entityRoutes);
  await app.register(auditRoutes);
  await app.register(changeRoutes);
  await app.register(shareLinkRoutes);
  await app.register((await import('./graph.js')).default);
  await app.register((await import('./analytics.js')).default);
  await app.register((await import('./gao-review.js')).default);
  await app.register((await import('./briefing.js')).default);
};

export default apiRoutes;
