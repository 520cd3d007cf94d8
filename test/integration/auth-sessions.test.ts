import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { multipart } from '../helpers/fixtures.js';
import { addTestUser, runCypher, sameOriginHeaders, signIn, withTestDb } from '../helpers/auth.js';
import { buildTestApp, resetDatabase } from '../helpers/test-app.js';
import { createSignInLink } from '../../server/repositories/sign-in-link-repository.js';

// Signing in with a password or a one-time link, the session cookie, timeouts, sign-out, lock-out and CSRF,
// on an app where a request without credentials is anonymous (as in a real deployment).

let app: FastifyInstance;
const password = 'correct horse battery staple';

beforeAll(async () => {
  app = await buildTestApp({ role: null, config: { LOG_LEVEL: 'error' } });
});
afterAll(async () => app.close());
beforeEach(async () => {
  await resetDatabase();
  await addTestUser('editor@example.gov', 'editor', password);
});

const me = async (cookie?: string) =>
  (await app.inject({ method: 'GET', url: '/api/auth/me', headers: cookie ? { cookie } : {} })).json().actor;

describe('signing in with a password', () => {
  it('sets an HttpOnly SameSite session cookie and acts as the person until sign-out', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: ' Editor@Example.gov ', password },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().actor).toMatchObject({ kind: 'user', role: 'editor', label: 'editor@example.gov' });
    const cookie = response.cookies.find((c) => c.name === 'braid_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie.secure).toBeFalsy();
    const header = `braid_session=${cookie.value}`;
    expect(await me(header)).toMatchObject({ role: 'editor', label: 'editor@example.gov' });
    expect((await app.inject({ method: 'GET', url: '/api/agencies', headers: { cookie: header } })).statusCode).toBe(
      200,
    );
    // The password and its hash never leave the server.
    expect(response.body).not.toContain(password);

    const out = await app.inject({ method: 'POST', url: '/api/auth/sign-out', headers: sameOriginHeaders(header) });
    expect(out.statusCode).toBe(204);
    expect(await me(header)).toMatchObject({ kind: 'anonymous', role: null });
    expect((await app.inject({ method: 'GET', url: '/api/agencies', headers: { cookie: header } })).statusCode).toBe(
      401,
    );
  });

  it('answers a wrong password and an unknown email alike', async () => {
    const wrong = await app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: 'editor@example.gov', password: 'not it at all' },
    });
    const unknown = await app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: 'nobody@example.gov', password: 'not it at all' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    const { instance: _a, ...wrongBody } = wrong.json();
    const { instance: _b, ...unknownBody } = unknown.json();
    expect(wrongBody).toEqual(unknownBody);
  });

  it('locks an email out after five failures, known or not, even with the right password', async () => {
    for (const email of ['editor@example.gov', 'nobody@example.gov']) {
      for (let attempt = 0; attempt < 5; attempt++)
        expect(
          (await app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email, password: 'wrong guess' } }))
            .statusCode,
        ).toBe(401);
      const locked = await app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email, password } });
      expect(locked.statusCode).toBe(429);
      expect(locked.json().detail).toMatch(/Too many failed sign-ins/);
    }
    // The lock is kept in the graph, so another server process sees it too.
    const other = await buildTestApp({ role: null });
    const elsewhere = await other.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: 'editor@example.gov', password },
    });
    await other.close();
    expect(elsewhere.statusCode).toBe(429);
  });
});

describe('sessions', () => {
  it('end after the idle timeout and after the absolute timeout', async () => {
    const idle = await signIn(app, 'editor@example.gov', password);
    await runCypher('MATCH (s:Session) SET s.lastSeenAt = datetime() - duration({minutes: 121})');
    expect(await me(idle)).toMatchObject({ kind: 'anonymous' });

    const old = await signIn(app, 'editor@example.gov', password);
    await runCypher('MATCH (s:Session) SET s.expiresAt = datetime() - duration({seconds: 1})');
    expect(await me(old)).toMatchObject({ kind: 'anonymous' });
  });

  it('are shared by every server process (stored in Neo4j, not in memory)', async () => {
    const cookie = await signIn(app, 'editor@example.gov', password);
    const other = await buildTestApp({ role: null });
    const actor = (await other.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } })).json().actor;
    await other.close();
    expect(actor).toMatchObject({ label: 'editor@example.gov' });
  });

  it('keep only a hash of the cookie in the graph', async () => {
    const cookie = await signIn(app, 'editor@example.gov', password);
    const stored = await withTestDb(async (db) =>
      (await db.driver.executeQuery('MATCH (s:Session) RETURN s.hash AS hash')).records.map((r) => r.get('hash')),
    );
    expect(stored).toHaveLength(1);
    expect(stored[0]).not.toBe(cookie.split('=')[1]);
  });
});

describe('one-time sign-in links', () => {
  it('sign in once, and never again', async () => {
    const user = await addTestUser('admin@example.gov', 'admin');
    const secret = await withTestDb((db) => createSignInLink(db, user.id));
    const opened = await app.inject({ method: 'GET', url: `/api/auth/link/${secret}` });
    expect(opened.statusCode).toBe(303);
    expect(opened.headers.location).toBe('/');
    const cookie = opened.cookies.find((c) => c.name === 'braid_session')!;
    expect(await me(`braid_session=${cookie.value}`)).toMatchObject({ role: 'admin', label: 'admin@example.gov' });
    const again = await app.inject({ method: 'GET', url: `/api/auth/link/${secret}` });
    expect(again.statusCode).toBe(401);
    expect(again.json().detail).toMatch(/already used or has expired/);
  });

  it('expire after 15 minutes', async () => {
    const user = await addTestUser('late@example.gov', 'viewer');
    const secret = await withTestDb((db) => createSignInLink(db, user.id));
    const [link] = await withTestDb(async (db) =>
      (
        await db.driver.executeQuery(
          'MATCH (l:SignInLink) RETURN duration.between(l.createdAt, l.expiresAt).minutes AS minutes',
        )
      ).records.map((r) => ({ minutes: Number(r.get('minutes')) })),
    );
    expect(link?.minutes).toBe(15);
    await runCypher('MATCH (l:SignInLink) SET l.expiresAt = datetime() - duration({seconds: 1})');
    expect((await app.inject({ method: 'GET', url: `/api/auth/link/${secret}` })).statusCode).toBe(401);
  });
});

describe('cross-site requests', () => {
  it('refuse a multipart import posted from another origin with the session cookie', async () => {
    const cookie = await signIn(app, 'editor@example.gov', password);
    const files = multipart([{ name: 'agencies.csv', content: Buffer.from('id,name\nx,Evil Agency\n') }]);
    const forged = await app.inject({
      method: 'POST',
      url: '/api/import?mode=upsert',
      payload: files.payload,
      headers: { ...files.headers, cookie, origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
    });
    expect(forged.statusCode).toBe(403);
    expect(forged.json().title).toBe('Cross-site request refused');
    // Without the client's header (an old browser sending neither Origin nor Sec-Fetch-Site) too.
    const bare = await app.inject({
      method: 'POST',
      url: '/api/import?mode=upsert',
      payload: files.payload,
      headers: { ...files.headers, cookie },
    });
    expect(bare.statusCode).toBe(403);
    const own = await app.inject({
      method: 'POST',
      url: '/api/import?mode=upsert',
      payload: files.payload,
      headers: { ...files.headers, ...sameOriginHeaders(cookie) },
    });
    expect(own.statusCode).not.toBe(403);
    expect(own.statusCode).not.toBe(401);
  });

  it('refuse a Host Braid is not configured for (DNS rebinding)', async () => {
    const rebound = await app.inject({ method: 'GET', url: '/api/health', headers: { host: 'attacker.example:3000' } });
    expect(rebound.statusCode).toBe(421);
    expect(rebound.json().detail).toContain('attacker.example');
    expect(
      (await app.inject({ method: 'GET', url: '/api/health', headers: { host: '127.0.0.1:3000' } })).statusCode,
    ).toBe(200);
  });

  it('send security headers with a strict Content-Security-Policy', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/health' });
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'self'");
    expect(csp).not.toContain('upgrade-insecure-requests');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });
});
