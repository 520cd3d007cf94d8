import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  createdTokenResponse,
  createTokenBody,
  createUserBody,
  setDisabledBody,
  setRoleBody,
  signInLinkResponse,
  tokenSchema,
  userSchema,
} from '../contract/auth.js';
import { createToken, listTokens, revokeToken } from '../repositories/token-repository.js';
import {
  createUser,
  findUserById,
  listUsers,
  removeUser,
  requireUserByEmail,
  setUserDisabled,
  setUserRole,
} from '../repositories/user-repository.js';
import { createAuditedSignInLink } from '../repositories/sign-in-link-repository.js';
import { HttpProblem } from '../http/http-problem.js';

const tags = ['people and tokens'];
const admin = { role: 'admin' as const };
const idParams = z.object({ id: z.string().max(100) });

/** People and API tokens: admins only (the CLI does the same from the server's shell). */
const notYourself = (what: string) =>
  new HttpProblem(409, 'Would lock you out', `You cannot ${what} yourself; ask another admin.`);

const userRoutes: FastifyPluginAsyncZod<{ publicUrl: string }> = async (app, { publicUrl }) => {
  app.get(
    '/users',
    {
      config: admin,
      schema: {
        tags,
        summary: 'Everyone who may sign in',
        response: { 200: z.object({ items: z.array(userSchema) }) },
      },
    },
    async () => ({
      items: await listUsers(app.db),
    }),
  );

  app.post(
    '/users',
    {
      config: admin,
      schema: {
        tags,
        summary: 'Add a person (they sign in by one-time link or SSO)',
        body: createUserBody,
        response: { 201: userSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await createUser(app.db, request.body, request.actor)),
  );

  app.put(
    '/users/:id/role',
    {
      config: admin,
      schema: {
        tags,
        summary: "Change a person's role (ends their sessions)",
        params: idParams,
        body: setRoleBody,
        response: { 200: userSchema },
      },
    },
    async (request) => {
      if (request.params.id === request.actor.id && request.body.role !== 'admin')
        throw new HttpProblem(
          409,
          'Would lock you out',
          'You cannot take the admin role from yourself; ask another admin.',
        );
      return setUserRole(app.db, request.params.id, request.body.role, request.actor);
    },
  );

  app.put(
    '/users/:id/disabled',
    {
      config: admin,
      schema: {
        tags,
        summary: 'Disable a person (no sign-in of any kind; ends their sessions) or enable them again',
        params: idParams,
        body: setDisabledBody,
        response: { 200: userSchema },
      },
    },
    async (request) => {
      if (request.params.id === request.actor.id && request.body.disabled) throw notYourself('disable');
      return setUserDisabled(app.db, request.params.id, request.body.disabled, request.actor);
    },
  );

  app.post(
    '/users/:id/sign-in-link',
    {
      config: admin,
      schema: {
        tags,
        summary: 'A sign-in link for a person that works once, for 15 minutes; shown once',
        params: idParams,
        response: { 201: signInLinkResponse },
      },
    },
    async (request, reply) => {
      const { secret, expiresAt } = await createAuditedSignInLink(app.db, request.params.id, request.actor);
      return reply.code(201).send({ url: `${publicUrl}/api/auth/link/${secret}`, expiresAt });
    },
  );

  app.delete(
    '/users/:id',
    {
      config: admin,
      schema: {
        tags,
        summary: 'Remove a person, their sessions and tokens',
        params: idParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      if (request.params.id === request.actor.id) throw notYourself('remove');
      if (!(await findUserById(app.db, request.params.id)))
        throw new HttpProblem(404, 'Not found', `No user ${request.params.id}.`);
      await removeUser(app.db, request.params.id, request.actor);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/tokens',
    {
      config: admin,
      schema: {
        tags,
        summary: 'Every API token (never the token itself)',
        response: { 200: z.object({ items: z.array(tokenSchema) }) },
      },
    },
    async () => ({
      items: await listTokens(app.db),
    }),
  );

  app.post(
    '/tokens',
    {
      config: admin,
      schema: {
        tags,
        summary: 'A new API token for a person, shown once',
        body: createTokenBody,
        response: { 201: createdTokenResponse },
      },
    },
    async (request, reply) => {
      const user = await requireUserByEmail(app.db, request.body.email);
      return reply.code(201).send(await createToken(app.db, user.id, request.body.name, request.actor));
    },
  );

  app.delete(
    '/tokens/:id',
    { config: admin, schema: { tags, summary: 'Revoke an API token', params: idParams, response: { 204: z.null() } } },
    async (request, reply) => {
      await revokeToken(app.db, request.params.id, request.actor);
      return reply.code(204).send(null);
    },
  );
};

export default userRoutes;
