import type { FastifyPluginAsync } from 'fastify';
import auditRoutes from './audit.js';
import changeRoutes from './changes.js';
import entityRoutes from './entities.js';
import authRoutes from './auth.js';
import shareLinkRoutes from './share-links.js';
import healthRoutes from './health.js';
import importRoutes from './import-export.js';
import userRoutes from './users.js';

/** Everything under /api. */
const apiRoutes: FastifyPluginAsync<{ publicRead: boolean }> = async (app, { publicRead }) => {
  await app.register(healthRoutes);
  await app.register(authRoutes, { publicRead });
  await app.register(userRoutes);
  await app.register(importRoutes);
  await app.register(entityRoutes);
  await app.register(auditRoutes);
  await app.register(changeRoutes);
  await app.register(shareLinkRoutes);
  await app.register((await import('./graph.js')).default);
  await app.register((await import('./analytics/index.js')).default);
  await app.register((await import('./briefing.js')).default);
};

export default apiRoutes;
