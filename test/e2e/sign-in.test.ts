import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSignInLink } from '../../server/repositories/sign-in-link-repository.js';
import { addTestUser, withTestDb } from '../helpers/auth.js';
import { screenshot, startE2e, type E2eApp } from './e2e-app.js';

// Signing in as a real deployment does it: nobody is signed in until they open a link or give a password.

let e2e: E2eApp;
const violations: string[] = [];

beforeAll(async () => {
  e2e = await startE2e({ role: null });
  e2e.page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
});
afterAll(async () => e2e?.close());

describe('signing in', () => {
  it('opens the one-time link and lands signed in as admin, with the app passing its CSP', async () => {
    const { page, baseUrl } = e2e;
    await page.goto(`${baseUrl}/map`);
    await page.getByRole('heading', { name: 'Sign in to Braid' }).waitFor();

    const admin = await addTestUser('first.admin@example.gov', 'admin');
    const secret = await withTestDb((db) => createSignInLink(db, admin.id));
    await page.goto(`${baseUrl}/api/auth/link/${secret}`);
    await page.getByTestId('account-menu').waitFor();
    expect(await page.getByTestId('account-menu').textContent()).toContain('first.admin@example.gov (admin)');
    await page.waitForSelector('[data-testid="graph-canvas"][data-layout="done"]', { timeout: 60_000 });
    await screenshot(page, 'signed-in-admin');
    expect(violations).toEqual([]);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in to Braid' }).waitFor();
  });

  it('signs a viewer in with a password and shows them no edit buttons', async () => {
    const { page, baseUrl } = e2e;
    const { hashPassword } = await import('../../server/auth/passwords.js');
    const { createUser } = await import('../../server/repositories/user-repository.js');
    const { cliActor } = await import('../../server/domain/actor.js');
    await withTestDb(async (db) =>
      createUser(
        db,
        { email: 'reader@example.gov', role: 'viewer', passwordHash: await hashPassword('a long reader password') },
        cliActor('test'),
      ),
    );
    await page.goto(`${baseUrl}/data`);
    await page.getByLabel('Email').fill('reader@example.gov');
    await page.getByLabel('Password').fill('a wrong password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('That email and password do not match an account.').waitFor();
    await page.getByLabel('Password').fill('a long reader password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByTestId('account-menu').waitFor();
    expect(await page.getByTestId('account-menu').textContent()).toContain('reader@example.gov (viewer)');
    await page.getByText('Changing it needs the editor role').waitFor();
    await page.locator('table.rows-table tbody tr').first().waitFor();
    expect(await page.getByRole('button', { name: /^Edit / }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Add a / }).count()).toBe(0);
    await screenshot(page, 'signed-in-viewer');
  });
});
