import type { FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { checkSameOrigin } from '../auth/csrf.js';
import type { Actor } from '../domain/actor.js';
import { HttpProblem } from '../http/http-problem.js';
import { endSession, findSessionUser, startSession, type SessionTimeouts } from '../repositories/session-repository.js';
import { findTokenOwner } from '../repositories/token-repository.js';

export const sessionCookie = 'braid_session';

declare module 'fastify' {
  interface FastifyInstance {
    sessions: {
      timeouts: SessionTimeouts;
      /** Starts a session for a person and sets its cookie on the reply. */
      start(reply: FastifyReply, userId: string, via: 'password' | 'link' | 'oidc'): Promise<void>;
      /** Ends the request's session (if any) in the store and clears the cookie. */
      end(request: FastifyRequest, reply: FastifyReply): Promise<void>;
    };
  }
}

const bearerOf = (request: FastifyRequest): string | null => {
  const header = request.headers.authorization;
  if (!header) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match) throw new HttpProblem(401, 'Sign-in required', 'Send an API token as "Authorization: Bearer <token>".');
  return match[1]!;
};

/**
 * Who sent a request: an API token (Authorization: Bearer) or a session cookie. A token that is not valid is
 * refused outright rather than treated as anonymous, so a revoked token fails loudly.
 */
export default fp<{ timeouts: SessionTimeouts }>(
  async (app, { timeouts }) => {
    app.addActorResolver(async (request): Promise<Actor | null> => {
      const token = bearerOf(request);
      if (token === null) return null;
      const owner = await findTokenOwner(app.db, token);
      if (!owner) throw new HttpProblem(401, 'Sign-in required', 'This API token is not valid (revoked or mistyped).');
      return { id: owner.id, kind: 'token', role: owner.role, label: `token ${owner.name} of ${owner.email}` };
    });

    app.addActorResolver(async (request): Promise<Actor | null> => {
      const secret = request.cookies[sessionCookie];
      if (!secret) return null;
      const user = await findSessionUser(app.db, secret, timeouts);
      if (!user) return null;
      checkSameOrigin(request);
      return { id: user.id, kind: 'user', role: user.role, label: user.email };
    });

    app.decorate('sessions', {
      timeouts,
      start: async (reply: FastifyReply, userId: string, via: 'password' | 'link' | 'oidc') => {
        const secret = await startSession(app.db, userId, via, timeouts);
        reply.setCookie(sessionCookie, secret, {
          path: '/',
          httpOnly: true,
          sameSite: 'lax',
          // Secure whenever the request came over HTTPS (directly, or via a trusted proxy).
          secure: reply.request.protocol === 'https',
          maxAge: timeouts.absoluteMinutes * 60,
        });
      },
      end: async (request: FastifyRequest, reply: FastifyReply) => {
        const secret = request.cookies[sessionCookie];
        if (secret) await endSession(app.db, secret);
        reply.clearCookie(sessionCookie, { path: '/' });
      },
    });
  },
  { name: 'auth', dependencies: ['actor', 'database', '@fastify/cookie'] },
);
