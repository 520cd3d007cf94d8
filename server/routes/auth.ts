import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { passwordMatches, hashPassword } from '../auth/passwords.js';
import { meResponse, setPasswordBody, signInBody } from '../contract/auth.js';
import { HttpProblem } from '../http/http-problem.js';
import { consumeSignInLink } from '../repositories/sign-in-link-repository.js';
import {
  clearFailedSignIns,
  isLockedOut,
  recordFailedSignIn,
  throttle,
} from '../repositories/sign-in-throttle-repository.js';
import { findUserByEmail, setUserPassword } from '../repositories/user-repository.js';

const tags = ['sign-in'];

// One answer for an unknown email and a wrong password, so sign-in never tells whether an account exists.
const wrongCredentials = () =>
  new HttpProblem(401, 'Not signed in', 'That email and password do not match an account.');

const lockedOut = () =>
  new HttpProblem(
    429,
    'Too many attempts',
    `Too many failed sign-ins for this email. Wait ${throttle.lockMinutes} minutes, or ask an admin for a sign-in link.`,
  );

const accountDisabled = (email: string) =>
  new HttpProblem(403, 'Account disabled', `The account of ${email} is disabled in Braid. Ask an admin of this Braid.`);

/** Sign-in with a password or a one-time link, who am I, sign-out, and setting one's own password. */
const authRoutes: FastifyPluginAsyncZod<{ publicRead: boolean; singleSignOn: { name: string } | null }> = async (
  app,
  { publicRead, singleSignOn },
) => {
  app.get(
    '/auth/me',
    {
      config: { role: 'public' },
      schema: { tags, summary: 'Who is signed in (anonymous when no one)', response: { 200: meResponse } },
    },
    async (request) => ({ actor: request.actor, publicRead, singleSignOn }),
  );

  app.post(
    '/auth/sign-in',
    {
      // Per address, in this process; the per-email lock-out below is stored in the graph and holds everywhere.
      config: { role: 'public', rateLimit: { max: 20, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary: 'Sign in with email and password (sets the session cookie)',
        body: signInBody,
        response: { 200: meResponse },
      },
    },
    async (request, reply) => {
      const { email, password } = request.body;
      if (await isLockedOut(app.db, email)) throw lockedOut();
      const user = await findUserByEmail(app.db, email);
      if (!(await passwordMatches(password, user?.passwordHash ?? null)) || !user) {
        await recordFailedSignIn(app.db, email);
        throw wrongCredentials();
      }
      await clearFailedSignIns(app.db, email);
      // Said only to someone who knows the password, so it tells no one else that the account exists.
      if (user.disabled) throw accountDisabled(user.email);
      await app.sessions.start(reply, user.id, 'password');
      return {
        actor: { id: user.id, kind: 'user' as const, role: user.role, label: user.email },
        publicRead,
        singleSignOn,
      };
    },
  );

  app.get(
    '/auth/link/:secret',
    {
      config: { role: 'public', rateLimit: { max: 20, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary: 'Open the one-time sign-in link: signs in and goes to the app',
        params: z.object({ secret: z.string().max(100) }),
      },
    },
    async (request, reply) => {
      const user = await consumeSignInLink(app.db, request.params.secret);
      if (!user)
        throw new HttpProblem(
          401,
          'Link no longer valid',
          'This sign-in link was already used or has expired (links work once, for 15 minutes). Ask an admin for a new one: npm run user -- link <email>.',
        );
      await app.sessions.start(reply, user.id, 'link');
      return reply.redirect('/', 303);
    },
  );

  app.post(
    '/auth/sign-out',
    { config: { role: 'public' }, schema: { tags, summary: 'End this session', response: { 204: z.null() } } },
    async (request, reply) => {
      await app.sessions.end(request, reply);
      return reply.code(204).send(null);
    },
  );

  app.put(
    '/auth/password',
    {
      config: { role: 'viewer' },
      schema: {
        tags,
        summary: 'Set the password of the signed-in person',
        body: setPasswordBody,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      if (request.actor.kind !== 'user')
        throw new HttpProblem(400, 'Not a person', 'Only a person signed in to Braid can set a password.');
      await setUserPassword(app.db, request.actor.id, await hashPassword(request.body.password), request.actor);
      return reply.code(204).send(null);
    },
  );
};

export default authRoutes;
