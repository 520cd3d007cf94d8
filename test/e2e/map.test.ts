import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickNode, drawnNodeCount, mapQuery, screenshot, startE2e, waitForMap, type E2eApp } from './e2e-app.js';

// The funding map on the demo map of Lakeland (seed/demo).

let e2e: E2eApp;
beforeAll(async () => {
  e2e = await startE2e();
});
afterAll(async () => e2e?.close());

const openMap = async (query = '') => {
  await e2e.page.goto(`${e2e.baseUrl}/map${query}`);
  await waitForMap(e2e.page);
};

describe('funding map', () => {
  it('draws the latest year of the demo map with a legend generated from the styling', async () => {
    const { page } = e2e;
    await openMap();
    expect(await drawnNodeCount(page)).toBeGreaterThan(100);
    await page.getByText('FY 2026', { exact: true }).waitFor();
    const legend = page.getByRole('region', { name: 'Legend' });
    await legend.getByText('Funding streams').waitFor();
    await legend.getByText('Colour: department').waitFor();
    await legend.getByText('DLW: Department of Labor & Workforce').waitFor();
    await screenshot(page, 'map', { docs: true });
  });

  it('filtering changes what is drawn, and the URL keeps the filter', async () => {
    const { page } = e2e;
    await openMap();
    const before = await drawnNodeCount(page);
    // The box is controlled by the URL, so it shows the change once the URL has it.
    await page.getByRole('checkbox', { name: 'Federal' }).click();
    await page.waitForFunction(
      (count) => Number(document.querySelector('[data-testid="graph-canvas"]')?.getAttribute('data-nodes')) < count,
      before,
    );
    expect(mapQuery(page).get('source')).toBe('federal');
    const federalOnly = await drawnNodeCount(page);
    await page.reload();
    await waitForMap(page);
    expect(await drawnNodeCount(page)).toBe(federalOnly);
    await expect.poll(() => page.getByRole('checkbox', { name: 'Federal' }).isChecked()).toBe(true);
    await screenshot(page, 'map-filtered-federal');
  });

  it('clicking a node opens its details with every property and its neighbours', async () => {
    const { page } = e2e;
    await openMap('?obj=incumbent-upskilling&types=stream,objective,agency');
    await clickNode(page, 'stream:wioa-adult-fy2026');
    const details = page.getByRole('complementary', { name: 'Details' });
    await details.getByRole('heading', { name: 'WIOA Title I Adult FY2026' }).waitFor();
    await details.getByText('$16,950,000').waitFor();
    await details.getByText('Division of Workforce Development', { exact: true }).first().waitFor();
    await details.getByRole('heading', { name: /Linked items/ }).waitFor();
    expect(mapQuery(page).get('sel')).toBe('stream:wioa-adult-fy2026');
    await screenshot(page, 'map-details');
  });

  it('double-click expands a node’s neighbours and again collapses them', async () => {
    const { page } = e2e;
    await openMap('?obj=incumbent-upskilling&types=stream,objective');
    const before = await drawnNodeCount(page);
    await clickNode(page, 'stream:wioa-adult-fy2026', { double: true });
    await expect.poll(() => mapQuery(page).get('exp')).toBe('stream:wioa-adult-fy2026');
    await expect.poll(() => drawnNodeCount(page)).toBeGreaterThan(before);
    await waitForMap(page);
    await clickNode(page, 'stream:wioa-adult-fy2026', { double: true });
    await expect.poll(() => mapQuery(page).get('exp')).toBeNull();
    await expect.poll(() => drawnNodeCount(page)).toBe(before);
  });

  it('search focuses a node, and the details explain why a stream matches a partnership', async () => {
    const { page } = e2e;
    await openMap();
    await page.getByRole('combobox', { name: 'Find on the map' }).fill('Harbor Metro Healthcare');
    await page.getByRole('option', { name: /Harbor Metro Healthcare Careers Partnership/ }).click();
    await expect.poll(() => mapQuery(page).get('sel')).toBe('partnership:harbor-healthcare');
    await page
      .getByLabel('Why does a stream match this partnership?')
      .selectOption({ label: 'WIOA Title I Adult FY2026' });
    const trace = page.getByRole('region', { name: /Why they match/ });
    await trace
      .getByText(/requested solution/)
      .first()
      .waitFor();
    expect(mapQuery(page).get('path')).toBe('partnership:harbor-healthcare,stream:wioa-adult-fy2026');
    await screenshot(page, 'map-why-match', { docs: true });
  });

  it('focus shows only k links around the selection, and showcase fades the rest', async () => {
    const { page } = e2e;
    await openMap('?sel=partnership:harbor-healthcare&focus=1');
    const focused = await drawnNodeCount(page);
    expect(focused).toBeGreaterThan(1);
    expect(focused).toBeLessThan(20);
    await openMap('?sel=partnership:harbor-healthcare&focus=2&layout=concentric');
    expect(await drawnNodeCount(page)).toBeGreaterThan(focused);
    await screenshot(page, 'map-focus');
  });

  it('replays the years with the time slider', async () => {
    const { page } = e2e;
    await openMap('?types=stream');
    await page.getByRole('slider', { name: 'Fiscal year' }).focus();
    await page.keyboard.press('Home');
    await page.getByText('FY 2024', { exact: true }).waitFor();
    await expect.poll(() => mapQuery(page).get('fy')).toBe('2024');
    await waitForMap(page);
    expect(await drawnNodeCount(page)).toBeGreaterThan(10);
  });

  it('lays out in layers and exports the view as PNG and SVG and the selection as CSV', async () => {
    const { page } = e2e;
    await openMap('?layout=layered');
    await screenshot(page, 'map-layered');
    const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'PNG' }).click()]);
    expect(png.suggestedFilename()).toBe('braid-map-fy2026.png');
    const [svg] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'SVG' }).click()]);
    expect(svg.suggestedFilename()).toBe('braid-map-fy2026.svg');
    expect(readFileSync(await svg.path(), 'utf8')).toContain('<svg');
    await clickNode(page, 'stream:wioa-adult-fy2026');
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSV' }).click()]);
    expect(csv.suggestedFilename()).toBe('braid-map-fy2026.csv');
    const lines = readFileSync(await csv.path(), 'utf8')
      .trim()
      .split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('WIOA Title I Adult FY2026');
  });

  it('saves a named view and reopens it from its link', async () => {
    const { page, context, baseUrl } = e2e;
    await openMap('?obj=incumbent-upskilling&color=source');
    await page.getByLabel('Name of this view').fill('Upskilling money by source');
    await page.getByRole('button', { name: 'Save view' }).click();
    await expect.poll(() => mapQuery(page).get('view')).not.toBeNull();
    const id = mapQuery(page).get('view')!;
    await page.getByRole('button', { name: 'Upskilling money by source', exact: true }).waitFor();
    const other = await context.newPage();
    await other.goto(`${baseUrl}/map?view=${id}`);
    await expect.poll(() => new URL(other.url()).searchParams.get('obj')).toBe('incumbent-upskilling');
    expect(new URL(other.url()).searchParams.get('color')).toBe('source');
    await other.close();
  });

  it('shows a clear banner when the database is down, not a blank page', async () => {
    const { page } = e2e;
    const unavailable = {
      status: 503,
      contentType: 'application/problem+json',
      body: JSON.stringify({
        type: 'about:blank',
        status: 503,
        title: 'The database is unavailable',
        detail: 'Braid cannot reach its Neo4j database right now.',
      }),
    };
    await page.route('**/api/health', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify({ status: 'degraded', neo4j: { reachable: false } }),
      }),
    );
    await page.route('**/api/graph?**', (route) => route.fulfill(unavailable));
    await page.route('**/api/graph', (route) => route.fulfill(unavailable));
    await page.goto(`${e2e.baseUrl}/map?fy=2025`);
    await page.getByText('The database is not reachable.').waitFor();
    await page.getByText('Loading the funding map failed: The database is unavailable').waitFor();
    await screenshot(page, 'map-database-down');
    await page.unrouteAll();
  });
});
