import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSignInLink } from '../../server/repositories/sign-in-link-repository.js';
import { addTestUser, withTestDb } from '../helpers/auth.js';
import { screenshot, startE2e, waitForMap, type E2eApp } from './e2e-app.js';

// An editor shares what a view shows from the view itself; a browser that never signed in opens the link and
// sees that view read-only and nothing else; once revoked, the link stops opening.

let e2e: E2eApp;
let outsider: Browser;
let visitor: Page;

const signInAs = async (page: Page, baseUrl: string, email: string, role: 'editor' | 'admin') => {
  const person = await addTestUser(email, role);
  const secret = await withTestDb((db) => createSignInLink(db, person.id));
  await page.goto(`${baseUrl}/api/auth/link/${secret}`);
  await page.getByTestId('account-menu').getByText(`${email} (${role})`).waitFor();
};

/** Makes a link with the view's Share button and answers its address, as shown once and copied. */
const shareFromView = async (page: Page, name: string): Promise<string> => {
  await page.getByRole('button', { name: 'Share…' }).click();
  const form = page.getByRole('dialog', { name: 'Share this view read-only' });
  await form.getByLabel('Link name').fill(name);
  await form.getByRole('button', { name: 'Create read-only link' }).click();
  const address = await form.getByLabel('Read-only link (shown once)').inputValue({ timeout: 60_000 });
  await form.getByText('Link copied.').waitFor();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(address);
  await form.getByRole('button', { name: 'Close' }).click();
  return address;
};

/** What the visitor's browser gets when it asks the API for something beyond its view, with the link's token. */
const statusWithToken = (page: Page, token: string, url: string) =>
  page.evaluate(async ({ token, url }) => (await fetch(url, { headers: { 'x-braid-share': token } })).status, {
    token,
    url,
  });

beforeAll(async () => {
  e2e = await startE2e({ role: null });
  await e2e.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: e2e.baseUrl });
  await signInAs(e2e.page, e2e.baseUrl, 'editor@example.gov', 'editor');
  outsider = await chromium.launch({
    executablePath: process.env.BRAID_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  visitor = await (await outsider.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
}, 600_000);
afterAll(async () => {
  await outsider?.close();
  await e2e?.close();
});

describe('a share button in each shareable view', () => {
  it('shares the map as filtered now; the visitor sees it read-only and nothing else', async () => {
    const { page, baseUrl } = e2e;
    await page.goto(`${baseUrl}/map?fy=2025&types=agency,stream`);
    await waitForMap(page);
    const shown = await page.locator('.map-status').textContent();
    const address = await shareFromView(page, 'Agencies and streams for the partnerships');
    const token = address.split('/share/')[1]!;

    await visitor.goto(address);
    await visitor.getByText('Shared view:').waitFor();
    expect(await visitor.locator('.share-banner').textContent()).toContain('Agencies and streams for the partnerships');
    await waitForMap(visitor);
    const query = new URL(visitor.url()).searchParams;
    expect(query.get('fy')).toBe('2025');
    expect(query.get('types')).toBe('agency,stream');
    expect(await visitor.locator('.map-status').textContent()).toBe(shown);
    await screenshot(visitor, 'share-map-visitor');
    // Read-only: no header of views, no sharing, no saved views to save or delete.
    expect(await visitor.getByRole('navigation', { name: 'Views' }).count()).toBe(0);
    expect(await visitor.getByRole('button', { name: 'Share…' }).count()).toBe(0);
    expect(await visitor.getByRole('button', { name: 'Save view' }).count()).toBe(0);
    expect(await visitor.getByRole('button', { name: /^Delete/ }).count()).toBe(0);
    // Nothing else: another screen asks to sign in, and the API refuses other reads and every write.
    expect(await statusWithToken(visitor, token, '/api/analytics/scorecard')).toBe(403);
    expect(await statusWithToken(visitor, token, '/api/graph/views')).toBe(403);
    expect(await statusWithToken(visitor, token, '/api/audit')).toBe(403);
    await visitor.goto(`${baseUrl}/data`);
    await visitor.getByRole('heading', { name: 'Sign in to Braid' }).waitFor();
  });

  it('shares the competing releases with their filters, and revoking the link stops it', async () => {
    const { page, baseUrl } = e2e;
    await page.goto(`${baseUrl}/releases?fy=2025&level=all`);
    await page.getByRole('heading', { name: 'Pairs of releases' }).waitFor();
    const address = await shareFromView(page, 'Competing releases FY 2025');

    await visitor.goto(address);
    await visitor.getByRole('heading', { name: 'Competing releases' }).waitFor();
    await visitor.getByRole('heading', { name: 'Timeline for FY 2025' }).waitFor();
    await visitor.getByRole('button', { name: 'Download pairs (CSV)' }).waitFor();
    expect(new URL(visitor.url()).searchParams.get('level')).toBe('all');
    // Its filter bar offers the map's years, as the editor's does.
    await visitor.getByLabel('Fiscal year').locator('option', { hasText: 'FY 2024' }).waitFor({ state: 'attached' });
    expect(await visitor.getByRole('alert').count()).toBe(0);
    expect(await visitor.getByRole('heading', { name: 'Before posting a release' }).count()).toBe(0);
    expect(await visitor.getByRole('button', { name: 'Share…' }).count()).toBe(0);
    await screenshot(visitor, 'share-releases-visitor');

    // An admin revokes it on the Share links screen; the visitor's next look is refused in words.
    await signInAs(page, baseUrl, 'admin@example.gov', 'admin');
    await page.goto(`${baseUrl}/share-links`);
    const row = page.getByRole('row', { name: /Competing releases FY 2025/ });
    await row.getByRole('button', { name: 'Revoke' }).click();
    await row.getByRole('cell', { name: 'revoked' }).waitFor();
    await visitor.goto(address);
    await visitor.getByText('Share link revoked').waitFor();
    expect(await visitor.getByRole('heading', { name: 'Timeline for FY 2025' }).count()).toBe(0);
  });

  it('shares the scorecard and a partnership’s funding finder, each read-only', async () => {
    const { page, baseUrl } = e2e;
    await signInAs(page, baseUrl, 'editor2@example.gov', 'editor');
    await page.goto(`${baseUrl}/scorecard?fy=2025`);
    await page.getByRole('region', { name: 'Indicators' }).waitFor();
    await page.getByRole('button', { name: 'Settings…' }).waitFor();
    const scorecard = await shareFromView(page, 'Board scorecard');
    await visitor.goto(scorecard);
    await visitor.getByRole('region', { name: 'Indicators' }).waitFor();
    expect(new URL(visitor.url()).searchParams.get('fy')).toBe('2025');
    expect(await visitor.getByRole('button', { name: 'Settings…' }).count()).toBe(0);

    await page.goto(`${baseUrl}/finder?partnership=harbor-healthcare`);
    await page.getByRole('heading', { name: /^Funding for Harbor Metro Healthcare/ }).waitFor();
    const finder = await shareFromView(page, 'Harbor healthcare funding');
    await visitor.goto(finder);
    await visitor.getByRole('heading', { name: /^Funding for Harbor Metro Healthcare/ }).waitFor();
    expect(await visitor.getByRole('alert').count()).toBe(0);
    const token = finder.split('/share/')[1]!;
    expect(await statusWithToken(visitor, token, '/api/analytics/match/harbor-tech')).toBe(403);
  });
});
