import type { FastifyRequest } from 'fastify';
import type { Role } from '../domain/actor.js';

/**
 * The role a route needs, declared on the route as `config: { role }`. Undeclared routes under /api need
 * `viewer` to read (GET/HEAD) and `editor` to write; everything outside /api (the built client, the OpenAPI
 * page) is public. `public` routes are health, sign-in and share links.
 */
export type RouteRole = Role | 'public';

export interface RouteAccess {
  role?: RouteRole;
  /** A stricter role for some requests to the same route (an import with mode=replace needs admin). */
  elevate?: (request: FastifyRequest) => Role | undefined;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    role?: RouteRole;
    elevate?: (request: FastifyRequest) => Role | undefined;
  }
}

const readMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

export const declaredRole = (method: string, url: string, access: RouteAccess): RouteRole => {
  if (access.role) return access.role;
  if (!url.startsWith('/api/') || url.startsWith('/api/docs')) return 'public';
  return readMethods.has(method) ? 'viewer' : 'editor';
};

export const neededRole = (request: FastifyRequest): RouteRole => {
  const access: RouteAccess = request.routeOptions.config;
  const base = declaredRole(request.method, request.routeOptions.url ?? request.url, access);
  return access.elevate?.(request) ?? base;
};
