import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot, seriousViolations, startE2e, type E2eApp } from './e2e-app.js';

// The leadership views on the demo map: the GAO review, the money flow, year over year and the printable briefing.

let e2e: E2eApp;
beforeAll(async () => {
  e2e = await startE2e();
});
afterAll(async () => e2e?.close());

describe('leadership views', () => {
  it('GAO review shows the classes with dollars and next steps, and pairs with what is shared', async () => {
    const { page } = e2e;
    await page.goto(`${e2e.baseUrl}/gao-review?fy=2026`);
    const summary = page.getByRole('table', { name: 'Findings per class' });
    await summary.getByRole('row', { name: /Duplication/ }).waitFor();
    const duplications = page.getByRole('table', { name: /\d+ duplications/ });
    await duplications.getByRole('row').nth(1).waitFor();
    expect(await duplications.getByText('Shared').count()).toBeGreaterThan(0);
    await page.getByRole('heading', { name: 'Fragmentation' }).waitFor();
    await screenshot(page, 'gao-review', { docs: true });
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('money flow draws the bands; a clicked band filters the table, opens on the map and exports', async () => {
    const { page } = e2e;
    await page.goto(`${e2e.baseUrl}/money-flow?fy=2026`);
    await page.getByRole('heading', { name: /FY2026: \$[\d,]+ in \d+ streams/ }).waitFor();
    const bands = page.locator('path.money-flow-band');
    await bands.first().waitFor();
    expect(await bands.count()).toBeGreaterThan(5);
    await screenshot(page, 'money-flow', { docs: true });
    const table = page.getByRole('table', { name: 'Bands of the money flow' });
    const allRows = await table.getByRole('button').count();
    await bands.first().click({ force: true });
    await page.getByRole('heading', { name: /^Selected: / }).waitFor();
    const selected = page.getByRole('table', { name: /\(selected\)/ });
    expect(await selected.getByRole('button').count()).toBeLessThan(allRows);
    for (const [name, extension] of [
      ['Export SVG', '.svg'],
      ['Export PNG', '.png'],
    ] as const) {
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name }).click();
      expect((await download).suggestedFilename()).toBe(`money-flow-fy2026${extension}`);
    }
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Open on the map' }).click();
    await page.waitForURL(/\/map\?sel=stream:/);
    expect(page.url()).toContain('fy=2026');
  });

  it('year over year compares two fiscal years: streams, findings and indicators', async () => {
    const { page } = e2e;
    await page.goto(`${e2e.baseUrl}/year-over-year?from=2025&to=2026`);
    await page.getByRole('heading', { name: /Streams: \$[\d,]+ in FY2025, \$[\d,]+ in FY2026/ }).waitFor();
    await page.getByRole('table', { name: /^New: \d+/ }).waitFor();
    await page.getByRole('heading', { name: /GAO findings: \d+ in FY2025, \d+ in FY2026/ }).waitFor();
    expect(
      await page.getByRole('table', { name: 'Each indicator in both years' }).getByRole('row').count(),
    ).toBeGreaterThan(1);
    await screenshot(page, 'year-over-year', { docs: true });
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('the briefing page prints on at most two pages and links the PDF', async () => {
    const { page } = e2e;
    await page.goto(`${e2e.baseUrl}/briefing`);
    await page.getByRole('heading', { name: /Funding alignment briefing, FY\d+/ }).waitFor();
    await page.getByRole('heading', { name: 'What changed since last year' }).waitFor();
    await screenshot(page, 'briefing', { docs: true });
    const pdfLink = page.getByRole('link', { name: 'Download PDF' });
    const href = await pdfLink.getAttribute('href');
    const response = await page.request.get(`${e2e.baseUrl}${href}`);
    expect(response.headers()['content-type']).toBe('application/pdf');
    // The print stylesheet leaves only the briefing, on one or two Letter pages.
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('link', { name: 'Download PDF' }).isVisible()).toBe(false);
    const printed = await page.pdf({ format: 'Letter' });
    const pages = (printed.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
    await page.emulateMedia({ media: 'screen' });
  });
});
