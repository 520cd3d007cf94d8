import type { FastifyPluginAsync } from 'fastify';
import type { OidcRelyingParty } from '../auth/oidc-relying-party.js';
import auditRoutes from './audit.js';
import changeRoutes from './changes.js';
import entityRoutes from './entities.js';
import authRoutes from './auth.js';
import oidcRoutes from './oidc.js';
import shareLinkRoutes from './share-links.js';
import healthRoutes from './health.js';
import importRoutes from './import-export.js';
import sourceRoutes from './sources.js';
import storyRoutes from './stories.js';
import userRoutes from './users.js';

/** Everything under /api. */
export interface ApiOptions {
  publicRead: boolean;
  /** Single sign-on, when configured. */
  relyingParty: OidcRelyingParty | null;
  /** Where people open Braid, for the one-time links an admin makes. */
  publicUrl: string;
}

const apiRoutes: FastifyPluginAsync<ApiOptions> = async (app, { publicRead, relyingParty, publicUrl }) => {
  await app.register(healthRoutes);
  await app.register(authRoutes, {
    publicRead,
    singleSignOn: relyingParty ? { name: relyingParty.settings.name } : null,
  });
  await app.register(oidcRoutes, { relyingParty });
  await app.register(userRoutes, { publicUrl });
  await app.register(importRoutes);
  await app.register(sourceRoutes);
  await app.register(entityRoutes);
  await app.register(auditRoutes);
  await app.register(changeRoutes);
  await app.register(shareLinkRoutes);
  await app.register(storyRoutes);
  await app.register((await import('./graph.js')).default);
  await app.register((await import('./analytics/index.js')).default);
  await app.register((await import('./briefing.js')).default);
};

export default apiRoutes;
