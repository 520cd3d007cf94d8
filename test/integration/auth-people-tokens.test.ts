import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { addTestToken, addTestUser, signIn, withTestDb } from '../helpers/auth.js';
import { buildTestApp, resetDatabase } from '../helpers/test-app.js';

// People and API tokens through the admin API, and tokens in use (Authorization: Bearer), on an app where
// requests without credentials are anonymous.

let app: FastifyInstance;
let adminToken: string;

beforeAll(async () => {
  app = await buildTestApp({ role: null });
});
afterAll(async () => app.close());
beforeEach(async () => {
  await resetDatabase();
  const admin = await addTestUser('admin@example.gov', 'admin');
  adminToken = await addTestToken(admin.id, 'setup');
});

const as = (token: string) => ({ authorization: `Bearer ${token}` });

describe('API tokens', () => {
  it('act as their person, are listed without the secret, and stop working when revoked', async () => {
    const viewer = await addTestUser('viewer@example.gov', 'viewer');
    const created = await app.inject({
      method: 'POST',
      url: '/api/tokens',
      headers: as(adminToken),
      payload: { email: 'VIEWER@example.gov', name: 'dashboard' },
    });
    expect(created.statusCode).toBe(201);
    const { token, id } = created.json();
    expect(token).toMatch(/^braid_[A-Za-z0-9_-]{40,}$/);

    const me = (await app.inject({ method: 'GET', url: '/api/auth/me', headers: as(token) })).json().actor;
    expect(me).toEqual({ id, kind: 'token', role: 'viewer', label: 'token dashboard of viewer@example.gov' });
    expect((await app.inject({ method: 'GET', url: '/api/agencies', headers: as(token) })).statusCode).toBe(200);
    const write = await app.inject({ method: 'DELETE', url: '/api/agencies/x', headers: as(token) });
    expect(write.statusCode).toBe(403);
    expect(write.json().detail).toContain('viewer role');

    const listed = (await app.inject({ method: 'GET', url: '/api/tokens', headers: as(adminToken) })).json().items;
    expect(listed.map((t: { name: string; email: string }) => `${t.name} ${t.email}`)).toEqual([
      'setup admin@example.gov',
      'dashboard viewer@example.gov',
    ]);
    expect(JSON.stringify(listed)).not.toContain(token);
    const stored = await withTestDb(async (db) =>
      (await db.driver.executeQuery('MATCH (t:ApiToken) RETURN t.hash AS hash')).records.map((r) => r.get('hash')),
    );
    expect(stored).not.toContain(token);

    expect((await app.inject({ method: 'DELETE', url: `/api/tokens/${id}`, headers: as(adminToken) })).statusCode).toBe(
      204,
    );
    const revoked = await app.inject({ method: 'GET', url: '/api/agencies', headers: as(token) });
    expect(revoked.statusCode).toBe(401);
    expect(revoked.json().detail).toContain('not valid');
    expect(viewer.role).toBe('viewer');
  });

  it('refuses a mistyped token outright instead of treating the caller as anonymous', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/health', headers: as('braid_nope') });
    expect(response.statusCode).toBe(401);
  });
});

describe('people', () => {
  it('are added, listed, given another role and removed by an admin', async () => {
    const added = await app.inject({
      method: 'POST',
      url: '/api/users',
      headers: as(adminToken),
      payload: { email: 'New.Person@example.gov', role: 'editor' },
    });
    expect(added.statusCode).toBe(201);
    expect(added.json()).toMatchObject({ email: 'new.person@example.gov', role: 'editor', hasPassword: false });
    const again = await app.inject({
      method: 'POST',
      url: '/api/users',
      headers: as(adminToken),
      payload: { email: 'new.person@example.gov', role: 'viewer' },
    });
    expect(again.statusCode).toBe(409);
    const bad = await app.inject({
      method: 'POST',
      url: '/api/users',
      headers: as(adminToken),
      payload: { email: 'not an email', role: 'boss' },
    });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .errors.map((e: { field: string }) => e.field)
        .sort(),
    ).toEqual(['email', 'role']);

    const { id } = added.json();
    const token = await addTestToken(id);
    const changed = await app.inject({
      method: 'PUT',
      url: `/api/users/${id}/role`,
      headers: as(adminToken),
      payload: { role: 'viewer' },
    });
    expect(changed.json()).toMatchObject({ role: 'viewer' });
    // Tokens act with the person's current role.
    expect((await app.inject({ method: 'DELETE', url: '/api/agencies/x', headers: as(token) })).statusCode).toBe(403);

    const list = (await app.inject({ method: 'GET', url: '/api/users', headers: as(adminToken) })).json().items;
    expect(list.map((u: { email: string; role: string }) => `${u.email} ${u.role}`)).toEqual([
      'admin@example.gov admin',
      'new.person@example.gov viewer',
    ]);
    expect(JSON.stringify(list)).not.toMatch(/argon2|passwordHash/);

    expect((await app.inject({ method: 'DELETE', url: `/api/users/${id}`, headers: as(adminToken) })).statusCode).toBe(
      204,
    );
    // Removing a person revokes their tokens with them.
    expect((await app.inject({ method: 'GET', url: '/api/agencies', headers: as(token) })).statusCode).toBe(401);
  });

  it('are disabled and enabled again: no sign-in of any kind, no tokens, sessions ended', async () => {
    const person = await addTestUser('dana@example.gov', 'editor', 'a long enough password');
    const token = await addTestToken(person.id);
    const session = await signIn(app, 'dana@example.gov', 'a long enough password');
    const disable = (disabled: boolean) =>
      app.inject({
        method: 'PUT',
        url: `/api/users/${person.id}/disabled`,
        headers: as(adminToken),
        payload: { disabled },
      });

    expect((await disable(true)).json()).toMatchObject({ email: 'dana@example.gov', disabled: true });
    expect((await app.inject({ method: 'GET', url: '/api/agencies', headers: as(token) })).statusCode).toBe(401);
    expect((await app.inject({ method: 'GET', url: '/api/agencies', headers: { cookie: session } })).statusCode).toBe(
      401,
    );
    const password = await app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: 'dana@example.gov', password: 'a long enough password' },
    });
    expect(password.statusCode).toBe(403);
    expect(password.json().title).toBe('Account disabled');
    const link = (
      await app.inject({ method: 'POST', url: `/api/users/${person.id}/sign-in-link`, headers: as(adminToken) })
    ).json();
    expect((await app.inject({ method: 'GET', url: new URL(link.url).pathname })).statusCode).toBe(401);

    expect((await disable(false)).json()).toMatchObject({ disabled: false });
    expect((await app.inject({ method: 'GET', url: '/api/agencies', headers: as(token) })).statusCode).toBe(200);
  });

  it('get a one-time sign-in link from an admin, which works once and is audited', async () => {
    const person = await addTestUser('lee@example.gov', 'viewer');
    const made = await app.inject({
      method: 'POST',
      url: `/api/users/${person.id}/sign-in-link`,
      headers: as(adminToken),
    });
    expect(made.statusCode).toBe(201);
    const { url, expiresAt } = made.json();
    expect(url).toMatch(/^http:\/\/localhost:3000\/api\/auth\/link\/[A-Za-z0-9_-]{43}$/);
    expect(Date.parse(expiresAt) - Date.now()).toBeGreaterThan(14 * 60_000);
    const opened = await app.inject({ method: 'GET', url: new URL(url).pathname });
    expect(opened.statusCode).toBe(303);
    expect(opened.cookies.find((c) => c.name === 'braid_session')).toBeTruthy();
    expect((await app.inject({ method: 'GET', url: new URL(url).pathname })).statusCode).toBe(401);
    const history = (
      await app.inject({ method: 'GET', url: '/api/audit?table=users', headers: as(adminToken) })
    ).json();
    expect(history.items.map((e: { action: string }) => e.action)).toContain('user.sign_in_link');
    const nobody = await app.inject({
      method: 'POST',
      url: '/api/users/no-such-id/sign-in-link',
      headers: as(adminToken),
    });
    expect(nobody.statusCode).toBe(404);
  });
});
