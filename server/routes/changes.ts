import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { changeSetDetail, changeSetList, changeSetListQuery, undoQuery, undoResult } from '../contract/changes.js';
import { listChangeSets, readChangeSet } from '../repositories/change-set-repository.js';
import { undoChangeSet } from '../repositories/undo-change-set.js';
import { problemSchema as problem } from '../contract/problem.js';

const tags = ['audit and undo'];
const idParam = z.object({ id: z.string().min(1) });

/** Change-sets (every import, row edit and undo): editors read them, admins undo them. */
const changeRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/changes',
    {
      config: { role: 'editor' },
      schema: {
        tags,
        summary: 'Change-sets, newest first',
        querystring: changeSetListQuery,
        response: { 200: changeSetList },
      },
    },
    async (request) => listChangeSets(app.db, request.query),
  );

  app.get(
    '/changes/:id',
    {
      config: { role: 'editor' },
      schema: {
        tags,
        summary: 'One change-set: rows added, changed (with the fields) and removed, per table',
        params: idParam,
        response: { 200: changeSetDetail, 404: problem },
      },
    },
    async (request) => readChangeSet(app.db, request.params.id),
  );

  app.post(
    '/changes/:id/undo',
    {
      config: { role: 'admin' },
      schema: {
        tags,
        summary:
          'Revert a change-set in one transaction; 409 lists the rows later changes touched, unless cascade=true undoes those too',
        params: idParam,
        querystring: undoQuery,
        response: { 200: undoResult, 404: problem, 409: problem },
      },
    },
    async (request) => undoChangeSet(app.db, request.actor, request.params.id, request.query.cascade),
  );
};

export default changeRoutes;
