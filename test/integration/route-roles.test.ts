import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../server/domain/actor.js';
import { buildTestApp, resetDatabase } from '../helpers/test-app.js';

// Every route of the OpenAPI document, asked by each kind of caller. Refusals happen before the route runs,
// so placeholder ids and empty bodies are enough.

type Needed = Role | 'public';

/** Routes whose role differs from "GET reads (viewer), anything else writes (editor)". */
const exceptions: Record<string, Needed> = {
  'GET /api/health': 'public',
  'GET /api/auth/me': 'public',
  'POST /api/auth/sign-in': 'public',
  'POST /api/auth/sign-out': 'public',
  'GET /api/auth/link/{secret}': 'public',
  'GET /api/auth/oidc/start': 'public',
  'GET /api/auth/oidc/callback': 'public',
  'PUT /api/auth/password': 'viewer',
  'POST /api/analytics/release-check': 'viewer',
  'GET /api/audit': 'editor',
  'GET /api/audit/actors': 'editor',
  'GET /api/changes': 'editor',
  'GET /api/changes/{id}': 'editor',
  'POST /api/changes/{id}/undo': 'admin',
  'GET /api/share-links': 'admin',
  'GET /api/share/{token}': 'public',
  'GET /api/users': 'admin',
  'POST /api/users': 'admin',
  'PUT /api/users/{id}/role': 'admin',
  'PUT /api/users/{id}/disabled': 'admin',
  'POST /api/users/{id}/sign-in-link': 'admin',
  'DELETE /api/users/{id}': 'admin',
  'GET /api/tokens': 'admin',
  'POST /api/tokens': 'admin',
  'DELETE /api/tokens/{id}': 'admin',
};

interface Operation {
  method: string;
  path: string;
  url: string;
  declared: string;
}

let operations: Operation[];
const apps: Partial<Record<'anonymous' | 'publicRead' | Role, FastifyInstance>> = {};

beforeAll(async () => {
  await resetDatabase();
  apps.anonymous = await buildTestApp({ role: null });
  apps.publicRead = await buildTestApp({ role: null, config: { BRAID_PUBLIC_READ: true } });
  apps.viewer = await buildTestApp({ role: 'viewer' });
  apps.editor = await buildTestApp({ role: 'editor' });
  const document = (await apps.anonymous.inject({ method: 'GET', url: '/api/docs/json' })).json() as {
    paths: Record<string, Record<string, { 'x-braid-role'?: string }>>;
  };
  operations = Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({
      method: method.toUpperCase(),
      path,
      url: path.replace(/\{[^}]+\}/g, 'no-such-id'),
      declared: operation['x-braid-role'] ?? 'missing',
    })),
  );
});
afterAll(async () => {
  await Promise.all(Object.values(apps).map((app) => app.close()));
});

const expected = (operation: Operation): Needed =>
  exceptions[`${operation.method} ${operation.path}`] ?? (operation.method === 'GET' ? 'viewer' : 'editor');

const isWrite = (operation: Operation): boolean => ['editor', 'admin'].includes(expected(operation));

// Reads that are let through are not all run here (each runs an analytic); one is, per caller.
const status = async (who: keyof typeof apps, operation: Operation, query = ''): Promise<number> =>
  (await apps[who]!.inject({ method: operation.method as 'GET', url: `${operation.url}${query}` })).statusCode;

describe('roles on every route', () => {
  it('publishes the role each operation needs, as the rule says', () => {
    expect(operations.length).toBeGreaterThan(20);
    for (const operation of operations)
      expect(`${operation.method} ${operation.path} ${operation.declared}`).toBe(
        `${operation.method} ${operation.path} ${expected(operation)}`,
      );
  });

  it('refuses anonymous callers with 401 everywhere but health and sign-in', async () => {
    for (const operation of operations) {
      const response = await apps.anonymous!.inject({ method: operation.method as 'GET', url: operation.url });
      const line = `${operation.method} ${operation.path}`;
      // A public route may still answer 401 of its own (a used sign-in link), never "sign in first".
      if (expected(operation) === 'public') expect(response.body, line).not.toContain('Sign-in required');
      else expect(`${line} ${response.statusCode}`).toBe(`${line} 401`);
    }
  });

  it('lets a viewer read and refuses every write with 403', async () => {
    for (const operation of operations.filter(isWrite)) {
      const line = `${operation.method} ${operation.path}`;
      expect(`${line} ${await status('viewer', operation)}`).toBe(`${line} 403`);
    }
    expect((await apps.viewer!.inject({ method: 'GET', url: '/api/agencies' })).statusCode).toBe(200);
  });

  it('refuses an editor every admin route with 403', async () => {
    const adminOnly = operations.filter((operation) => expected(operation) === 'admin');
    expect(adminOnly.length).toBeGreaterThanOrEqual(7);
    for (const operation of adminOnly) {
      const line = `${operation.method} ${operation.path}`;
      expect(`${line} ${await status('editor', operation)}`).toBe(`${line} 403`);
    }
  });

  it('lets an editor upsert but not replace the map', async () => {
    const importOperation = operations.find((operation) => operation.path === '/api/import')!;
    expect(await status('editor', importOperation, '?mode=replace')).toBe(403);
    expect(await status('editor', importOperation, '?mode=upsert')).not.toBe(403);
    const refusal = await apps.editor!.inject({ method: 'POST', url: '/api/import?mode=replace' });
    expect(refusal.headers['content-type']).toContain('application/problem+json');
    expect(refusal.json().detail).toMatch(/editor role.*needs the admin role/);
  });

  it('with BRAID_PUBLIC_READ lets anonymous visitors read but not write', async () => {
    for (const operation of operations.filter(isWrite)) {
      const line = `${operation.method} ${operation.path}`;
      expect(`${line} ${await status('publicRead', operation)}`).toBe(`${line} 401`);
    }
    expect((await apps.publicRead!.inject({ method: 'GET', url: '/api/agencies' })).statusCode).toBe(200);
    expect((await apps.anonymous!.inject({ method: 'GET', url: '/api/agencies' })).statusCode).toBe(401);
  });
});
