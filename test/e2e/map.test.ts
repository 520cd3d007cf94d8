import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drawnNodeCount, screenshot, startE2e, waitForMap, type E2eApp } from './e2e-app.js';

let e2e: E2eApp;
beforeAll(async () => {
  e2e = await startE2e();
});
afterAll(async () => e2e?.close());

describe('funding map', () => {
  it('loads and draws the demo map', async () => {
    const { page, baseUrl } = e2e;
    await page.goto(`${baseUrl}/map`);
    await waitForMap(page);
    expect(await drawnNodeCount(page)).toBeGreaterThan(20);
    await screenshot(page, 'map');
  });
});
