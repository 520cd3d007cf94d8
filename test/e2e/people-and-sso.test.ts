import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSignInLink } from '../../server/repositories/sign-in-link-repository.js';
import { addTestUser, withTestDb } from '../helpers/auth.js';
import { startTestProvider, testClient, type TestAccount, type TestProvider } from '../helpers/oidc-provider.js';
import { screenshot, startE2e, type E2eApp } from './e2e-app.js';

// In Chromium: a whole single sign-on through a real provider's pages, and an admin managing people and API
// tokens on the People screen.

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

const accounts: Record<string, TestAccount> = {
  ana: { email: 'ana@example.gov', email_verified: true, groups: ['braid-editors'] },
};
let provider: TestProvider;
let e2e: E2eApp;

beforeAll(async () => {
  const port = await freePort();
  const braid = `http://127.0.0.1:${port}`;
  provider = await startTestProvider(`${braid}/api/auth/oidc/callback`, accounts);
  e2e = await startE2e({
    role: null,
    withMap: false,
    port,
    config: {
      BRAID_PUBLIC_URL: braid,
      BRAID_OIDC_ISSUER: provider.issuer,
      BRAID_OIDC_CLIENT_ID: testClient.id,
      BRAID_OIDC_CLIENT_SECRET: testClient.secret,
      BRAID_OIDC_NAME: 'Test IdP',
      BRAID_OIDC_SCOPES: 'openid email groups',
      BRAID_OIDC_ROLE_CLAIM: 'groups',
      BRAID_OIDC_ROLE_MAP: 'braid-editors=editor',
    },
  });
}, 600_000);
afterAll(async () => {
  await e2e?.close();
  await provider?.close();
});

describe('single sign-on in a browser', () => {
  it("goes through the provider's pages and lands signed in with the claim's role", { timeout: 300_000 }, async () => {
    const { page, baseUrl } = e2e;
    await page.goto(`${baseUrl}/map`);
    await page.getByRole('link', { name: 'Sign in with Test IdP' }).click();
    await page.locator('input[name="login"]').fill('ana');
    await page.locator('input[name="password"]').fill('any password');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    // The first sign-in discovers the provider and writes the person: slow on a loaded machine.
    await page.getByRole('button', { name: 'Continue' }).click({ timeout: 120_000 });
    await page.getByTestId('account-menu').waitFor({ timeout: 120_000 });
    expect(new URL(page.url()).origin).toBe(baseUrl);
    expect(await page.getByTestId('account-menu').textContent()).toContain('ana@example.gov (editor)');
    // An editor sees the History but not the People screen.
    const nav = page.getByRole('navigation', { name: 'Views' });
    await nav.getByRole('link', { name: 'History' }).waitFor();
    expect(await nav.getByRole('link', { name: 'People' }).count()).toBe(0);
    await screenshot(page, 'signed-in-sso');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in to Braid' }).waitFor();
  });

  it('shows the refusal in words when the claim gives no role', async () => {
    const { page, baseUrl } = e2e;
    accounts.carl = { email: 'carl@contractor.example', email_verified: true, groups: ['contractors'] };
    await page.context().clearCookies();
    await page.goto(`${baseUrl}/sign-in`);
    await page.getByRole('link', { name: 'Sign in with Test IdP' }).click();
    await page.locator('input[name="login"]').fill('carl');
    await page.locator('input[name="password"]').fill('any password');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByText('Your account at the provider gives you no role in Braid.').waitFor();
    expect(await page.getByTestId('account-menu').count()).toBe(0);
  });
});

describe('the People screen', () => {
  it(
    'lets an admin add a person, change their role, make a link and a token, revoke it and remove them',
    {
      timeout: 300_000,
    },
    async () => {
      const { page, baseUrl } = e2e;
      page.on('dialog', (dialog) => void dialog.accept());
      const admin = await addTestUser('chief@example.gov', 'admin');
      const secret = await withTestDb((db) => createSignInLink(db, admin.id));
      await page.goto(`${baseUrl}/api/auth/link/${secret}`);
      await page.getByTestId('account-menu').waitFor();
      await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'People' }).click();
      await page.getByRole('heading', { name: 'People and API tokens' }).waitFor();

      await page.getByLabel('Email').fill('Lee@Example.gov');
      await page.getByLabel('Role', { exact: true }).selectOption('editor');
      await page.getByRole('button', { name: 'Add', exact: true }).click();
      await page.getByText('Added lee@example.gov as editor.').waitFor();
      const lee = page.getByRole('row', { name: /lee@example\.gov/ });
      await lee.getByLabel('Role of lee@example.gov').selectOption('viewer');
      await expect
        .poll(() => lee.getByLabel('Role of lee@example.gov').inputValue(), { timeout: 30_000 })
        .toBe('viewer');
      // The admin cannot take their own admin role.
      expect(await page.getByLabel('Role of chief@example.gov').isDisabled()).toBe(true);

      await lee.getByRole('button', { name: 'Make sign-in link' }).click();
      expect(await page.getByTestId('sign-in-link').textContent()).toMatch(/\/api\/auth\/link\/[A-Za-z0-9_-]{43}$/);

      await page.getByLabel('For').selectOption('lee@example.gov');
      await page.getByLabel('Token name').fill('nightly');
      await page.getByRole('button', { name: 'Create token' }).click();
      const token = await page.getByTestId('new-token').textContent();
      expect(token).toMatch(/^braid_/);
      const check = () =>
        page.evaluate(
          async (bearer) => (await fetch('/api/agencies', { headers: { authorization: `Bearer ${bearer}` } })).status,
          token!,
        );
      expect(await check()).toBe(200);
      await screenshot(page, 'people-and-tokens');
      await page.getByRole('button', { name: 'Revoke nightly' }).click();
      await page.getByRole('button', { name: 'Revoke nightly' }).waitFor({ state: 'detached' });
      expect(await check()).toBe(401);

      await lee.getByRole('button', { name: 'Remove' }).click();
      await lee.waitFor({ state: 'detached' });

      await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'History' }).click();
      for (const action of [
        'user.create',
        'user.role',
        'user.sign_in_link',
        'token.create',
        'token.revoke',
        'user.remove',
      ])
        await page.getByText(action, { exact: true }).first().waitFor();
    },
  );
});
