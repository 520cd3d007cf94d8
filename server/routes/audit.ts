import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { auditActors, auditPage, auditQuery } from '../contract/audit.js';
import { listAudit, listAuditActors } from '../repositories/audit-repository.js';

const tags = ['audit and undo'];

/** The audit trail: who wrote what, when. It names people, so it is for editors and admins, not viewers. */
const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/audit',
    {
      config: { role: 'editor' },
      schema: {
        tags,
        summary: 'Audit entries, newest first, by actor, table and date',
        querystring: auditQuery,
        response: { 200: auditPage },
      },
    },
    async (request) => listAudit(app.db, request.query),
  );

  app.get(
    '/audit/actors',
    {
      config: { role: 'editor' },
      schema: { tags, summary: 'Everyone the audit trail names', response: { 200: auditActors } },
    },
    async () => ({ items: await listAuditActors(app.db) }),
  );
};

export default auditRoutes;
