import type { FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { declaredRole, neededRole } from '../auth/route-access.js';
import { anonymousActor, roleAbilities, roleSatisfies, type Actor } from '../domain/actor.js';
import { HttpProblem } from '../http/http-problem.js';

/** Finds who sent a request from its credentials (a session cookie, a bearer token, a share link), or null. */
export type ActorResolver = (request: FastifyRequest) => Promise<Actor | null>;

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor;
  }
  interface FastifyInstance {
    /** Adds a way to recognise a caller; resolvers are asked in the order they were added. */
    addActorResolver(resolver: ActorResolver): void;
  }
}

export interface ActorOptions {
  /** BRAID_PUBLIC_READ: anonymous visitors may use routes that need only `viewer`. */
  publicRead?: boolean;
  /**
   * Who a request with no credentials is. Anonymous in every real deployment (never read from the
   * environment); test helpers build apps that act as a given role without signing in.
   */
  defaultActor?: Actor;
}

const signInRequired = () =>
  new HttpProblem(401, 'Sign-in required', 'Sign in to Braid (or send an API token) to use this part of the API.');

const notAllowed = (actor: Actor, needed: string) =>
  new HttpProblem(
    403,
    'Not allowed',
    `You are signed in as ${actor.label} with the ${actor.role ?? 'no'} role, which may ` +
      `${actor.role ? roleAbilities[actor.role] : 'only read what is public'}. This needs the ${needed} role: ` +
      'ask an admin of this Braid.',
    { neededRole: needed, role: actor.role },
  );

/**
 * Every request gets `request.actor`, and the one check of the role its route needs (see route-access.ts),
 * before the body is read, so a refused upload is never parsed.
 */
export default fp<ActorOptions>(
  async (app, { publicRead = false, defaultActor = anonymousActor }) => {
    const resolvers: ActorResolver[] = [];
    app.decorate('addActorResolver', (resolver: ActorResolver) => {
      resolvers.push(resolver);
    });
    app.decorateRequest('actor', null as unknown as Actor);

    app.addHook('onRoute', (route) => {
      // The role each operation needs is published in the OpenAPI document (x-braid-role).
      const methods = Array.isArray(route.method) ? route.method : [route.method];
      const role = declaredRole(methods[0] ?? 'GET', route.url, route.config ?? {});
      if (route.schema) route.schema = { ...route.schema, 'x-braid-role': role } as typeof route.schema;
    });

    app.addHook('onRequest', async (request, reply) => {
      let actor: Actor | null = null;
      for (const resolve of resolvers) {
        actor = await resolve(request);
        if (actor) break;
      }
      request.actor = actor ?? defaultActor;
      if (request.is404) return;
      const needed = neededRole(request);
      if (needed === 'public') return;
      if (request.actor.role === null) {
        if (needed === 'viewer' && publicRead) return;
        reply.header('www-authenticate', 'Bearer realm="braid"');
        throw signInRequired();
      }
      if (!roleSatisfies(request.actor.role, needed)) throw notAllowed(request.actor, needed);
    });
  },
  { name: 'actor', dependencies: ['problem-details'] },
);
