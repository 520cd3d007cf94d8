import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSignInLink } from '../../server/repositories/sign-in-link-repository.js';
import { addTestUser, withTestDb } from '../helpers/auth.js';
import { screenshot, startE2e, type E2eApp } from './e2e-app.js';

// Who changed what, in Chromium: an editor edits a stream, History shows it under their name with the old
// and new value and a link to the row, and an admin undoes it from the Changes screen, which puts it back.

let e2e: E2eApp;
const stream = 'wioa-adult-fy2026';

const signInAs = async (page: Page, baseUrl: string, email: string, role: 'editor' | 'admin') => {
  const person = await addTestUser(email, role);
  const secret = await withTestDb((db) => createSignInLink(db, person.id));
  await page.goto(`${baseUrl}/api/auth/link/${secret}`);
  await page.getByTestId('account-menu').getByText(`${email} (${role})`).waitFor();
};

const amountOf = (page: Page) =>
  page.evaluate(
    async (key) => ((await (await fetch(`/api/funding-streams/${key}`)).json()) as { amount: number }).amount,
    stream,
  );

beforeAll(async () => {
  e2e = await startE2e({ role: null });
  await signInAs(e2e.page, e2e.baseUrl, 'editor@example.gov', 'editor');
}, 600_000);
afterAll(async () => e2e?.close());

describe('History and Changes', () => {
  it('History shows who changed which field of which row, filtered by person and table', async () => {
    const { page, baseUrl } = e2e;
    await page.goto(`${baseUrl}/data?table=funding_streams&q=${stream}`);
    await page.getByRole('button', { name: `Edit funding stream ${stream}` }).click();
    const form = page.getByRole('form', { name: new RegExp(`Edit funding stream ${stream}`) });
    await form.getByLabel(/^Amount/).fill('$18,250,000');
    await form.getByRole('button', { name: 'Save' }).click();
    // A refusal would be shown as an alert: wait for either, then require the success.
    const saved = page.getByText(`Saved funding stream ${stream}.`);
    await saved.or(page.getByRole('alert')).first().waitFor({ timeout: 120_000 });
    expect(await page.getByRole('alert').allTextContents()).toEqual([]);
    await saved.waitFor();

    await page.getByRole('link', { name: 'History' }).click();
    await page.getByRole('heading', { name: 'History' }).waitFor();
    const filters = page.getByRole('form', { name: 'Filter the history' });
    await filters.getByLabel('Person').selectOption({ label: 'editor@example.gov' });
    await filters.getByLabel('Table').selectOption('funding_streams');
    const rows = page.locator('table tbody tr');
    await page.getByText('1–1 of 1').waitFor();
    const entry = rows.first();
    expect(await entry.getByRole('cell').nth(1).textContent()).toBe('editor@example.gov');
    expect(await entry.getByRole('cell').nth(2).textContent()).toBe('row.update');
    await entry.getByText('amount: 16950000 → 18250000').waitFor();
    expect(new URL(page.url()).searchParams.get('table')).toBe('funding_streams');
    await screenshot(page, 'history-filtered');

    // Someone else's changes are not under this person: the demo import was made by the test admin.
    await filters.getByLabel('Table').selectOption('');
    expect(await rows.filter({ hasText: 'import' }).count()).toBe(0);

    await entry.getByRole('link', { name: stream }).click();
    await page.getByRole('form', { name: new RegExp(`Edit funding stream ${stream}`) }).waitFor();
    expect(new URL(page.url()).searchParams.get('edit')).toBe(stream);
  });

  it('an editor sees a change’s diff without undo; an admin undoes it from the screen and the row is back', async () => {
    const { page, baseUrl } = e2e;
    await page.goto(`${baseUrl}/changes`);
    const edit = page.getByRole('row').filter({ hasText: 'editor@example.gov' }).filter({ hasText: 'row.update' });
    await edit.getByRole('button').click();
    const selected = page.getByRole('region', { name: 'The selected change' });
    await selected.getByText(`${stream}: amount 16950000 → 18250000`).waitFor();
    await selected.getByText('Undoing a change needs the admin role').waitFor();
    expect(await selected.getByRole('button', { name: 'Undo this change' }).count()).toBe(0);
    const changeUrl = page.url();

    await signInAs(page, baseUrl, 'admin@example.gov', 'admin');
    await page.goto(changeUrl);
    await selected.getByText(`${stream}: amount 16950000 → 18250000`).waitFor();
    expect(await amountOf(page)).toBe(18250000);
    await selected.getByRole('button', { name: 'Undo this change' }).click();
    const undone = selected.getByText('Undone: 1 change-set reverted.');
    await undone.or(selected.getByRole('alert')).first().waitFor({ timeout: 120_000 });
    expect(await selected.getByRole('alert').allTextContents()).toEqual([]);
    await undone.waitFor();
    await screenshot(page, 'changes-undone');
    expect(await amountOf(page)).toBe(16950000);
    await page.getByRole('row').filter({ hasText: 'editor@example.gov' }).getByText('(undone)').waitFor();

    // The undo is itself in the history, under the admin who did it.
    await page.goto(`${baseUrl}/history?table=funding_streams`);
    const undo = page.locator('table tbody tr').filter({ hasText: 'admin@example.gov' });
    await undo.first().waitFor();
    expect(await undo.first().getByRole('cell').nth(2).textContent()).toMatch(/undo/);
  });
});
