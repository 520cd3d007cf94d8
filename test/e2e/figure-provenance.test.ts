import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FigureProvenance } from '../../server/contract/provenance.js';
import { formatDate } from '../../client/lib/format.js';
import { screenshot, startE2e, type E2eApp } from './e2e-app.js';

// On the demo map: every table and chart of the analytics views says where it comes from and as of when (the
// analytic's own answer says which), the CSV of competing pairs carries the same, and the overlaps heatmap scrolls
// inside its box to its last agency column on a laptop and on a phone.

let e2e: E2eApp;
beforeAll(async () => {
  e2e = await startE2e();
});
afterAll(async () => e2e?.close());

const provenanceOf = async (path: string): Promise<FigureProvenance[]> => {
  const response = await e2e.page.request.get(`${e2e.baseUrl}/api/analytics/${path}`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { provenance: FigureProvenance[] }).provenance;
};

/** The source line under the section headed `heading`, once the figure has drawn. */
const sourceUnder = async (heading: string): Promise<string> => {
  const section = e2e.page.locator('section', { has: e2e.page.getByRole('heading', { name: heading, level: 2 }) });
  const line = section.locator('.figure-source');
  await line.waitFor();
  return line.innerText();
};

const asOfOf = (provenance: FigureProvenance[], figure: string): string => {
  const found = provenance.find((item) => item.figure === figure);
  if (!found?.as_of) throw new Error(`${figure} has no as-of date`);
  return found.as_of;
};

describe('where each figure comes from', () => {
  it('Overlaps says the source and as-of under each of its four figures', async () => {
    const { page } = e2e;
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`${e2e.baseUrl}/overlaps`);
    const duplicated = await provenanceOf('duplicated-objectives');
    const sections: Array<[heading: string, figure: string, provenance: FigureProvenance[]]> = [
      ['Who funds what', 'heatmap', duplicated],
      ['Duplicated objectives, ranked', 'ranked', duplicated],
      ['Agencies alike', 'pairs', await provenanceOf('agency-overlap')],
      ['Funding families', 'families', await provenanceOf('network')],
    ];
    for (const [heading, figure, provenance] of sections) {
      const line = await sourceUnder(heading);
      expect(line).toMatch(/^Source: funding streams \(\d+ of \d+ cite a source: [a-z.-]+/);
      expect(line).toContain('agencies');
      expect(line.endsWith(`As of ${formatDate(asOfOf(provenance, figure))}.`)).toBe(true);
    }
    await page
      .locator('section', { has: page.getByRole('heading', { name: 'Who funds what' }) })
      .scrollIntoViewIfNeeded();
    await screenshot(page, 'overlaps-figure-source');
  });

  it('Gaps says under each chart and table the tables it rests on, requests among them', async () => {
    const { page } = e2e;
    await page.goto(`${e2e.baseUrl}/gaps`);
    const provenance = await provenanceOf('gaps');
    for (const [heading, figure] of [
      ['Most requested', 'most-requested'],
      ['Demand and funding', 'demand-and-funding'],
      ['Gaps, largest first', 'gaps'],
      ['Requests nothing is eligible for', 'unmatched'],
    ] as const) {
      const line = await sourceUnder(heading);
      expect(line).toMatch(/^Source: requests, partnerships, solutions/);
      expect(line.endsWith(`As of ${formatDate(asOfOf(provenance, figure))}.`)).toBe(true);
    }
  });

  it('the CSV of competing pairs closes every row with the source and as-of the page shows', async () => {
    const { page } = e2e;
    await page.goto(`${e2e.baseUrl}/releases?fy=all`);
    const shown = await sourceUnder('Pairs of releases');
    await page
      .getByRole('table', { name: /competing pairs/ })
      .getByRole('row')
      .nth(2)
      .waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download pairs (CSV)' }).click(),
    ]);
    const csv = Papa.parse<Record<string, string>>(readFileSync(await download.path(), 'utf8'), {
      header: true,
      skipEmptyLines: true,
    });
    expect(csv.meta.fields?.slice(-2)).toEqual(['source', 'as_of']);
    expect(csv.data.length).toBeGreaterThan(0);
    const asOf = asOfOf(await provenanceOf('competing-releases?fiscal_year=all'), 'pairs');
    for (const row of csv.data) {
      expect(shown).toBe(`Source: ${row.source}. As of ${formatDate(row.as_of!)}.`);
      expect(row.as_of).toBe(asOf);
    }
    expect(csv.data[0]!.source).toMatch(/^releases \(\d+ of \d+ cite a source: /);
  });
});

describe('the overlaps heatmap', () => {
  it.each([
    { width: 1440, height: 900 },
    { width: 1024, height: 768 },
    { width: 390, height: 844 },
  ])('says what it shows in a description read whole at $width x $height, not cut at its box', async (size) => {
    const { page } = e2e;
    await page.setViewportSize(size);
    await page.goto(`${e2e.baseUrl}/overlaps`);
    const table = page.getByRole('table', { name: /^Dollars each agency puts into objectives/ });
    await table.locator('thead th.heatmap-agency').last().waitFor();
    const description = page.getByText(/^Dollars each agency puts into objectives/);
    const box = (await page.locator('.heatmap-scroll').boundingBox())!;
    const text = (await description.boundingBox())!;
    expect(text.x).toBeGreaterThanOrEqual(box.x - 1);
    expect(text.x + text.width).toBeLessThanOrEqual(box.x + box.width + 1);
    expect(await description.evaluate((element) => element.scrollWidth <= element.clientWidth + 1)).toBe(true);
  });

  it.each([
    { width: 1024, height: 768 },
    { width: 390, height: 844 },
  ])('scrolls inside its box to its last agency column at $width x $height', async (size) => {
    const { page } = e2e;
    await page.setViewportSize(size);
    await page.goto(`${e2e.baseUrl}/overlaps`);
    const box = page.locator('.heatmap-scroll');
    const lastHeading = box.locator('thead th.heatmap-agency').last();
    await lastHeading.waitFor();
    // The page itself never scrolls sideways; the heatmap does, inside its own box.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(size.width);
    const widths = await box.evaluate((element) => ({ scroll: element.scrollWidth, client: element.clientWidth }));
    expect(widths.scroll).toBeGreaterThan(widths.client);

    // A person scrolls the box sideways (wheel or trackpad) until it stops.
    await box.scrollIntoViewIfNeeded();
    const middle = await box.boundingBox();
    await page.mouse.move(middle!.x + middle!.width / 2, middle!.y + Math.min(middle!.height / 2, 60));
    await expect
      .poll(async () => {
        await page.mouse.wheel(400, 0);
        return box.evaluate((element) => Math.ceil(element.scrollLeft + element.clientWidth) >= element.scrollWidth);
      })
      .toBe(true);

    // The last column's heading is then wholly inside the box and the screen, and its label is not cut.
    const boxRect = (await box.boundingBox())!;
    const headingRect = (await lastHeading.boundingBox())!;
    expect(headingRect.x).toBeGreaterThanOrEqual(boxRect.x - 1);
    expect(headingRect.x + headingRect.width).toBeLessThanOrEqual(boxRect.x + boxRect.width + 1);
    expect(headingRect.x + headingRect.width).toBeLessThanOrEqual(size.width);
    const label = lastHeading.locator('abbr');
    expect((await label.innerText()).trim().length).toBeGreaterThan(0);
    expect(await label.getAttribute('title')).toBeTruthy();
    expect(await label.evaluate((element) => element.scrollWidth <= element.clientWidth + 1)).toBe(true);
    const fontSize = await label.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
    expect(fontSize).toBeGreaterThanOrEqual(11);
    // Its cells scrolled in with it: the last cell of the first row is inside the box too.
    const cell = box.locator('tbody tr').first().locator('td').last();
    const cellRect = (await cell.boundingBox())!;
    expect(cellRect.x + cellRect.width).toBeLessThanOrEqual(boxRect.x + boxRect.width + 1);
    await screenshot(page, `overlaps-heatmap-scrolled-${size.width}`, { docs: true });
  });
});
