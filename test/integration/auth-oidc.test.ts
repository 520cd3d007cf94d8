import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { addTestUser, runCypher, withTestDb } from '../helpers/auth.js';
import { FormBrowser } from '../helpers/form-browser.js';
import { startTestProvider, testClient, type TestAccount, type TestProvider } from '../helpers/oidc-provider.js';
import { buildTestApp, resetDatabase } from '../helpers/test-app.js';
import type { Config } from '../../server/config.js';
import { cliActor } from '../../server/domain/actor.js';
import { setUserDisabled } from '../../server/repositories/user-repository.js';

// Single sign-on against a real OpenID provider (oidc-provider on loopback), through its own sign-in and
// consent pages over HTTP. Braid is driven with inject(); the provider sends the browser back to Braid's public
// URL, which the test then opens in Braid with the browser's Braid cookies.

const braidOrigin = 'http://localhost:3999';
const accounts: Record<string, TestAccount> = {};
let provider: TestProvider;
let app: FastifyInstance;
let ssoConfig: Partial<Config>;

beforeAll(async () => {
  provider = await startTestProvider(`${braidOrigin}/api/auth/oidc/callback`, accounts);
  ssoConfig = {
    BRAID_PUBLIC_URL: braidOrigin,
    BRAID_OIDC_ISSUER: provider.issuer,
    BRAID_OIDC_CLIENT_ID: testClient.id,
    BRAID_OIDC_CLIENT_SECRET: testClient.secret,
    BRAID_OIDC_NAME: 'Test IdP',
    BRAID_OIDC_SCOPES: 'openid email groups',
    BRAID_OIDC_ROLE_CLAIM: 'groups',
    BRAID_OIDC_ROLE_MAP: 'braid-editors=editor, braid-admins=admin',
  };
  app = await buildTestApp({ role: null, config: ssoConfig });
});
afterAll(async () => {
  await app.close();
  await provider.close();
});
beforeEach(async () => {
  await resetDatabase();
  provider.rewriteIdTokens(null);
  for (const login of Object.keys(accounts)) delete accounts[login];
  accounts.ana = { email: 'Ana@Example.gov', email_verified: true, groups: ['staff', 'braid-editors'] };
});

const isBraid = (url: URL) => url.origin === braidOrigin;

/** From Braid's "Sign in with" to the provider's answer, signing in as `login` on the provider's pages. */
const throughProvider = async (
  login: string,
  braid: FastifyInstance = app,
): Promise<{ callback: URL; oidcCookie: string }> => {
  const start = await braid.inject({ method: 'GET', url: '/api/auth/oidc/start' });
  expect(start.statusCode).toBe(302);
  const oidcCookie = start.cookies.find((c) => c.name === 'braid_oidc');
  expect(oidcCookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/api/auth/oidc' });
  const authorize = new URL(String(start.headers.location));
  expect(authorize.origin).toBe(provider.issuer);
  expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
  expect(authorize.searchParams.get('nonce')).toBeTruthy();

  const browser = new FormBrowser();
  const loginPage = await browser.follow(authorize, { stopAt: isBraid });
  expect(loginPage.body).toContain('name="login"');
  let page = await browser.submit(loginPage, { login, password: 'any password' }, isBraid);
  if (!isBraid(page.url)) page = await browser.submit(page, {}, isBraid); // the consent page
  expect(isBraid(page.url)).toBe(true);
  return { callback: page.url, oidcCookie: oidcCookie!.value };
};

const callBraid = (callback: URL, oidcCookie: string, accept = 'application/json', braid: FastifyInstance = app) =>
  braid.inject({
    method: 'GET',
    url: `${callback.pathname}${callback.search}`,
    headers: { cookie: `braid_oidc=${oidcCookie}`, accept },
  });

const signInAs = async (login: string, braid: FastifyInstance = app) => {
  const { callback, oidcCookie } = await throughProvider(login, braid);
  return callBraid(callback, oidcCookie, 'application/json', braid);
};

const me = async (sessionCookie: string) =>
  (
    await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: `braid_session=${sessionCookie}` } })
  ).json();

const sessionOf = (response: Awaited<ReturnType<typeof callBraid>>) =>
  response.cookies.find((c) => c.name === 'braid_session')?.value;

const auditActions = () =>
  withTestDb(async (db) =>
    (
      await db.driver.executeQuery(
        'MATCH (a:AuditEntry) RETURN a.action AS action, a.actor_label AS actor, a.detail AS detail ORDER BY a.at',
      )
    ).records.map((r) => `${r.get('action')} by ${r.get('actor')}: ${r.get('detail')}`),
  );

describe('single sign-on with OpenID Connect', () => {
  it('offers the provider on the sign-in page and signs in with the role of the claim', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/auth/me' })).json().singleSignOn).toEqual({
      name: 'Test IdP',
    });
    const answer = await signInAs('ana');
    expect(answer.statusCode, answer.body).toBe(303);
    expect(answer.headers.location).toBe('/');
    const session = sessionOf(answer);
    expect(session).toBeTruthy();
    expect((await me(session!)).actor).toMatchObject({ kind: 'user', role: 'editor', label: 'ana@example.gov' });
    expect(await auditActions()).toEqual([
      `user.create by ana@example.gov: first single sign-on from ${provider.issuer}/`,
    ]);
    const stored = await withTestDb(async (db) =>
      (await db.driver.executeQuery('MATCH (s:Session) RETURN s.via AS via')).records.map((r) => r.get('via')),
    );
    expect(stored).toEqual(['oidc']);

    // The next sign-in finds the same person, and takes the role the claim now gives.
    accounts.ana!.groups = ['braid-admins'];
    const again = await signInAs('ana');
    expect((await me(sessionOf(again)!)).actor).toMatchObject({ id: (await me(session!)).actor.id, role: 'admin' });
    const users = (
      await app.inject({ method: 'GET', url: '/api/users', headers: { cookie: `braid_session=${sessionOf(again)}` } })
    ).json().items;
    expect(users).toMatchObject([{ email: 'ana@example.gov', role: 'admin', singleSignOn: true, hasPassword: false }]);
    expect((await auditActions()).slice(1)).toEqual([
      'user.role by ana@example.gov: from the single sign-on role claim',
    ]);
  });

  it('links a person an admin added by email, when the provider has verified that email', async () => {
    const added = await addTestUser('ana@example.gov', 'viewer');
    const answer = await signInAs('ana');
    expect((await me(sessionOf(answer)!)).actor).toMatchObject({ id: added.id, role: 'editor' });
    expect((await auditActions()).slice(1)[0]).toBe(
      `user.link by ana@example.gov: first single sign-on: linked to ${provider.issuer}/`,
    );

    // An unverified email never takes over someone else's account.
    accounts.eve = { email: 'boss@example.gov', email_verified: false, groups: ['braid-admins'] };
    await addTestUser('boss@example.gov', 'admin');
    const refused = await signInAs('eve');
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toContain('boss@example.gov is already a user');
    expect(sessionOf(refused)).toBeUndefined();
  });

  it('refuses an answer whose state is not the one this browser was sent with', async () => {
    const { callback, oidcCookie } = await throughProvider('ana');
    callback.searchParams.set('state', 'forged-state');
    const answer = await callBraid(callback, oidcCookie);
    expect(answer.statusCode).toBe(401);
    expect(answer.json()).toMatchObject({ title: 'Single sign-on refused', refusal: 'refused' });
    expect(answer.json().detail).toContain('state');
    expect(sessionOf(answer)).toBeUndefined();
    // Without the browser's cookie there is nothing to check against at all.
    const { callback: other } = await throughProvider('ana');
    const noCookie = await app.inject({ method: 'GET', url: `${other.pathname}${other.search}` });
    expect(noCookie.statusCode).toBe(400);
    expect(noCookie.json().refusal).toBe('no-sign-in');
  });

  it('refuses a replayed code, in the same browser and in a new sign-in', async () => {
    const { callback, oidcCookie } = await throughProvider('ana');
    expect((await callBraid(callback, oidcCookie)).statusCode).toBe(303);
    const replay = await callBraid(callback, oidcCookie);
    expect(replay.statusCode).toBe(400);
    expect(replay.json().refusal).toBe('no-sign-in');

    // A new sign-in in progress, answered with the old code: the provider refuses to redeem it twice.
    const { callback: fresh, oidcCookie: freshCookie } = await throughProvider('ana');
    fresh.searchParams.set('code', callback.searchParams.get('code')!);
    const reused = await callBraid(fresh, freshCookie);
    expect(reused.statusCode).toBe(401);
    expect(reused.json().detail).toContain('invalid_grant');
    expect(sessionOf(reused)).toBeUndefined();
  });

  it('refuses an ID token that was tampered with, is for another client, or has expired', async () => {
    const attempts: Array<[string, RegExp, (idToken: string) => Promise<string>]> = [
      [
        'tampered',
        /signature/i,
        async (idToken) => {
          const [header, payload, signature] = idToken.split('.');
          const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString());
          const forged = Buffer.from(JSON.stringify({ ...claims, sub: 'boss' })).toString('base64url');
          return `${header}.${forged}.${signature}`;
        },
      ],
      ['for another client', /"aud"/, (idToken) => provider.resign(idToken, { aud: 'another-client' })],
      [
        'expired',
        /"exp"/,
        (idToken) =>
          provider.resign(idToken, {
            iat: Math.floor(Date.now() / 1000) - 7200,
            exp: Math.floor(Date.now() / 1000) - 3600,
          }),
      ],
    ];
    for (const [what, reason, rewrite] of attempts) {
      provider.rewriteIdTokens(rewrite);
      const answer = await signInAs('ana');
      expect(`${what} ${answer.statusCode}`).toBe(`${what} 401`);
      expect(answer.json().title).toBe('Single sign-on refused');
      expect(answer.json().detail, what).toMatch(reason);
      expect(sessionOf(answer)).toBeUndefined();
    }
    expect(await auditActions()).toEqual([]);
  });

  it('refuses a person whose claim maps to no role, and creates no one', async () => {
    accounts.carl = { email: 'carl@contractor.example', email_verified: true, groups: ['contractors'] };
    const answer = await signInAs('carl');
    expect(answer.statusCode).toBe(403);
    expect(answer.json()).toMatchObject({ title: 'No role in Braid', refusal: 'no-role' });
    expect(answer.json().detail).toContain('carl@contractor.example');
    expect(sessionOf(answer)).toBeUndefined();
    expect(await auditActions()).toEqual([]);
  });

  it('with a default role, gives it to a new person and lets a known one keep the role an admin gave', async () => {
    const lenient = await buildTestApp({
      role: null,
      config: { ...ssoConfig, BRAID_OIDC_DEFAULT_ROLE: 'viewer' },
    });
    try {
      accounts.carl = { email: 'carl@contractor.example', email_verified: true, groups: ['contractors'] };
      const first = await signInAs('carl', lenient);
      const carl = (await me(sessionOf(first)!)).actor;
      expect(carl).toMatchObject({ role: 'viewer', label: 'carl@contractor.example' });
      await runCypher('MATCH (u:User {id: $id}) SET u.role = "editor"', { id: carl.id });
      const again = await signInAs('carl', lenient);
      expect((await me(sessionOf(again)!)).actor).toMatchObject({ id: carl.id, role: 'editor' });
    } finally {
      await lenient.close();
    }
  });

  it('refuses a disabled person, whose sessions have ended', async () => {
    const first = await signInAs('ana');
    const session = sessionOf(first)!;
    const ana = (await me(session)).actor;
    await withTestDb((db) => setUserDisabled(db, ana.id, true, cliActor('test')));
    expect((await me(session)).actor.role).toBeNull();
    const answer = await signInAs('ana');
    expect(answer.statusCode).toBe(403);
    expect(answer.json()).toMatchObject({ title: 'Account disabled', refusal: 'disabled' });
    expect(sessionOf(answer)).toBeUndefined();
  });

  it('sends a browser back to the sign-in page with the reason', async () => {
    accounts.carl = { email: 'carl@contractor.example', email_verified: true, groups: [] };
    const { callback, oidcCookie } = await throughProvider('carl');
    const answer = await callBraid(callback, oidcCookie, 'text/html,application/xhtml+xml');
    expect(answer.statusCode).toBe(303);
    expect(answer.headers.location).toBe('/sign-in?sso=no-role');
  });

  it('keeps a sign-in in progress for ten minutes only', async () => {
    const { callback, oidcCookie } = await throughProvider('ana');
    await runCypher('MATCH (l:OidcLogin) SET l.expiresAt = datetime() - duration({seconds: 1})');
    const answer = await callBraid(callback, oidcCookie);
    expect(answer.statusCode).toBe(400);
    expect(answer.json().refusal).toBe('no-sign-in');
  });
});

describe('without single sign-on configured', () => {
  it('offers none and answers 404 to its routes', async () => {
    const plain = await buildTestApp({ role: null });
    try {
      expect((await plain.inject({ method: 'GET', url: '/api/auth/me' })).json().singleSignOn).toBeNull();
      const start = await plain.inject({ method: 'GET', url: '/api/auth/oidc/start' });
      expect(start.statusCode).toBe(404);
      expect(start.json().title).toBe('Single sign-on is not configured');
    } finally {
      await plain.close();
    }
  });
});
