import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadMap, screenshot, seriousViolations, startE2e, waitForMap, type E2eApp } from './e2e-app.js';

// A guided story on the demo map: built in the Stories view, then presented full screen with the keyboard.

let e2e: E2eApp;
let viewId: string;
beforeAll(async () => {
  // The demo map is loaded by this app, whose transactions may run long: on a loaded machine the import can
  // take past the default minute.
  e2e = await startE2e({ withMap: false, config: { BRAID_QUERY_TIMEOUT_S: 600 } });
  await loadMap(e2e.app);
  const saved = await e2e.app.inject({
    method: 'POST',
    url: '/api/graph/views',
    payload: { name: 'Streams of FY2026', query: 'fy=2026' },
  });
  viewId = saved.json().id;
});
afterAll(async () => e2e?.close());

describe('guided stories', () => {
  it('an editor builds a story of three steps, and it presents full screen, step by step', async () => {
    const { page } = e2e;
    await page.goto(`${e2e.baseUrl}/stories`);
    await page.getByRole('button', { name: 'New story' }).click();
    await page.getByLabel('Name').fill('Budget hearing');
    const step = (number: number) => page.getByRole('listitem', { name: `Step ${number}` });
    await step(1).getByLabel('Filters (URL query)').fill('fy=2026');
    await step(1).getByLabel('Caption').fill('Where programs of several agencies duplicate each other');
    await page.getByRole('button', { name: 'Add a step' }).click();
    await step(2).getByRole('option', { name: 'Streams of FY2026' }).waitFor({ state: 'attached' });
    await step(2).getByLabel('Shows').selectOption(`view:${viewId}`);
    await step(2).getByLabel('Caption').fill('The streams on the map');
    await page.getByRole('button', { name: 'Add a step' }).click();
    await step(3).getByLabel('Shows').selectOption('page:money-flow');
    await step(3).getByLabel('Filters (URL query)').fill('fy=2026');
    await step(3).getByLabel('Caption').fill('Where the money goes, source to partnership');
    await page.getByRole('button', { name: 'Save story' }).click();
    const present = page.getByRole('link', { name: 'Present Budget hearing' });
    await present.waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await present.click();
    await page.getByText('Where programs of several agencies duplicate each other').waitFor();
    await page.getByText('Budget hearing: step 1 of 3').waitFor();
    await page.getByRole('table', { name: 'Findings per class' }).waitFor();
    expect(await page.getByRole('navigation', { name: 'Views' }).count()).toBe(0);

    await page.keyboard.press('ArrowRight');
    await page.waitForURL(/\/stories\/[^/]+\/2\?/);
    expect(new URL(page.url()).searchParams.get('view')).toBe(viewId);
    await page.getByText('The streams on the map').waitFor();
    await waitForMap(page);

    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByText('Where the money goes, source to partnership').waitFor();
    await page.locator('path.money-flow-band').first().waitFor();
    await screenshot(page, 'story', { docs: true });
    expect(await seriousViolations(page)).toEqual([]);
    const third = page.url();

    await page.keyboard.press('ArrowLeft');
    await page.getByText('The streams on the map').waitFor();
    await page.keyboard.press('Escape');
    await page.waitForURL(/\/stories$/);

    // The link of a step opens at that step.
    await page.goto(third);
    await page.getByText('Budget hearing: step 3 of 3').waitFor();
    await page.getByText('Where the money goes, source to partnership').waitFor();
  });
});
