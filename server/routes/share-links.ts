import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { problemSchema as problem } from '../contract/problem.js';
import { z } from 'zod';
import {
  createdShareLink,
  newShareLink,
  openedShareLink,
  shareLink,
  shareLinkList,
  type NewShareLink,
} from '../contract/share-links.js';
import type { Database } from '../db/database.js';
import { HttpProblem } from '../http/http-problem.js';
import { readSavedView } from '../repositories/saved-view-repository.js';
import {
  createShareLink,
  findShareLink,
  listShareLinks,
  revokeShareLink,
} from '../repositories/share-link-repository.js';
import { existingIds } from '../repositories/rows-repository.js';

const tags = ['share links'];

/** A link must name something that exists: the saved view of a map link, the partnership of a finder link. */
const checkTarget = async (db: Database, link: NewShareLink): Promise<void> => {
  if (link.view === 'map' && link.target) await readSavedView(db, link.target);
  if (link.view === 'finder' && link.target) {
    const target = link.target;
    const found = await db.readTransaction((tx) => existingIds(tx, 'Partnership', [target]));
    if (found.size === 0)
      throw new HttpProblem(400, 'Unknown partnership', `target: there is no partnership "${link.target}".`);
  }
};

/** Read-only links to one view: editors create and revoke them, admins list them, anyone opens them. */
const shareLinkRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/share-links',
    {
      config: { role: 'editor' },
      schema: {
        tags,
        summary: 'Create a read-only link to one view (expires in 90 days unless told otherwise)',
        body: newShareLink,
        response: { 201: createdShareLink, 400: problem, 404: problem },
      },
    },
    async (request, reply) => {
      await checkTarget(app.db, request.body);
      const { link, token } = await createShareLink(app.db, request.body, request.actor);
      return reply.code(201).send({ link, token, path: `/share/${token}` });
    },
  );

  app.get(
    '/share-links',
    {
      config: { role: 'admin' },
      schema: { tags, summary: 'Every share link, with its state', response: { 200: shareLinkList } },
    },
    async () => ({ items: await listShareLinks(app.db) }),
  );

  app.delete(
    '/share-links/:id',
    {
      config: { role: 'editor' },
      schema: {
        tags,
        summary: 'Revoke a share link: it stops opening at once',
        params: z.object({ id: z.string().min(1) }),
        response: { 200: shareLink, 404: problem },
      },
    },
    async (request) => revokeShareLink(app.db, request.params.id, request.actor),
  );

  app.get(
    '/share/:token',
    {
      config: { role: 'public' },
      schema: {
        tags,
        summary: 'Open a share link: the view it shows (404 unknown, 410 expired or revoked)',
        params: z.object({ token: z.string().min(1) }),
        response: { 200: openedShareLink, 404: problem, 410: problem },
      },
    },
    async (request) => {
      const link = await findShareLink(app.db, request.params.token);
      if (!link) throw new HttpProblem(404, 'No such share link', 'This share link does not exist; check the address.');
      if (link.status !== 'active')
        throw new HttpProblem(
          410,
          link.status === 'revoked' ? 'Share link revoked' : 'Share link expired',
          `This link ("${link.name}") can no longer be opened; ask whoever shared it for a new one.`,
        );
      const { id, name, view, target, query, expires_at } = link;
      return { id, name, view, target, query, expires_at };
    },
  );
};

export default shareLinkRoutes;
