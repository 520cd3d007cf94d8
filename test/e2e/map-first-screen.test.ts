import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodePosition, screenshot, startE2e, waitForMap, type E2eApp } from './e2e-app.js';

// The map as a first-time user meets it (issue #12, point 5): it is the first thing on every screen size, its
// labels name what matters without overlapping, the legend sits on the canvas, and the keyboard reaches the
// canvas in a couple of key presses. Before this: no labels at the zoom that fits the map, the legend below
// the fold, and 147 Tab presses to the canvas at 1440x900 (32 at 1024 and 390).

let e2e: E2eApp;
beforeAll(async () => {
  e2e = await startE2e();
});
afterAll(async () => e2e?.close());

const sizes = [
  { width: 1440, height: 900 },
  { width: 1024, height: 768 },
  { width: 390, height: 844 },
];

const openMap = async (query = '') => {
  await e2e.page.goto(`${e2e.baseUrl}/map${query}`);
  await waitForMap(e2e.page);
  // Labels are chosen a moment after the view settles.
  await e2e.page.waitForSelector('[data-testid="graph-canvas"][data-labels]');
  await e2e.page.waitForTimeout(200);
};

const focusIsOnCanvas = () =>
  e2e.page.evaluate(() => document.activeElement?.classList.contains('graph-canvas') ?? false);

/** Tab presses from a fresh load until the canvas has focus (null past `limit`). */
const tabsToCanvas = async (limit = 200): Promise<number | null> => {
  for (let presses = 1; presses <= limit; presses++) {
    await e2e.page.keyboard.press('Tab');
    if (await focusIsOnCanvas()) return presses;
  }
  return null;
};

interface DrawnLabel {
  id: string;
  text: string;
  box: { x1: number; y1: number; x2: number; y2: number };
}

/** The labels drawn, with where each is on screen (cytoscape keeps its instance on the container). */
const drawnLabels = (): Promise<DrawnLabel[]> =>
  e2e.page.evaluate(() => {
    type Node = {
      id(): string;
      data(key: string): unknown;
      renderedBoundingBox(options: object): { x1: number; y1: number; x2: number; y2: number };
    };
    const container = document.querySelector('[data-testid="graph-canvas"]') as HTMLElement & {
      _cyreg: { cy: { nodes(selector: string): { map<T>(f: (node: Node) => T): T[] } } };
    };
    return container._cyreg.cy.nodes('.labelled').map((node) => ({
      id: node.id(),
      text: String(node.data('label')),
      box: node.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true }),
    }));
  });

const overlapping = (labels: DrawnLabel[]): string[][] =>
  labels.flatMap((a, i) =>
    labels
      .slice(i + 1)
      .filter(({ box: b }) => a.box.x1 < b.x2 && b.x1 < a.box.x2 && a.box.y1 < b.y2 && b.y1 < a.box.y2)
      .map((b) => [a.id, b.id]),
  );

const fontPx = (id: string) =>
  e2e.page.evaluate((nodeId) => {
    const container = document.querySelector('[data-testid="graph-canvas"]') as HTMLElement & {
      _cyreg: { cy: { zoom(): number; getElementById(id: string): { numericStyle(name: string): number } } };
    };
    const cy = container._cyreg.cy;
    return cy.getElementById(nodeId).numericStyle('font-size') * cy.zoom();
  }, id);

describe('the map on the first screen', () => {
  it('is the first thing on every screen size, with the legend on the canvas', async () => {
    const { page } = e2e;
    for (const size of sizes) {
      await page.setViewportSize(size);
      await openMap();
      const canvas = (await page.locator('[data-testid="graph-canvas"]').boundingBox())!;
      // Only the header and the map's tool row are above it, and most of the screen below that is map.
      expect(canvas.y, `${size.width}: canvas top`).toBeLessThan(size.height * 0.4);
      expect(Math.min(canvas.y + canvas.height, size.height) - canvas.y, `${size.width}: map seen`).toBeGreaterThan(
        size.height * 0.5,
      );
      const legend = (await page.locator('.map-legend').boundingBox())!;
      expect(legend.y, `${size.width}: legend on the canvas`).toBeGreaterThanOrEqual(canvas.y);
      expect(legend.x + legend.width).toBeLessThanOrEqual(canvas.x + canvas.width + 1);
      expect(legend.y + Math.min(legend.height, 40)).toBeLessThan(size.height);
      // A phone keeps the map clear: the legend starts folded, one tap away.
      const open = await page
        .locator('.map-legend details')
        .evaluate((details) => (details as HTMLDetailsElement).open);
      expect(open, `${size.width}: legend open`).toBe(size.width > 700);
      await screenshot(page, `map-first-screen-${size.width}`, { docs: true });
    }
    await page.locator('.map-legend summary').click();
    await page.getByRole('region', { name: 'Legend' }).getByText('Funding streams').waitFor();
    await page.setViewportSize(sizes[0]!);
  });

  it('reaches the canvas by keyboard in two key presses: Tab to "Skip to the map", then Enter', async () => {
    const { page } = e2e;
    const measured: Record<number, { skip: number; tabsOnly: number | null }> = {};
    for (const size of sizes) {
      await page.setViewportSize(size);
      await openMap();
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to the map');
      await page.keyboard.press('Enter');
      expect(await focusIsOnCanvas(), `${size.width}`).toBe(true);
      await page.keyboard.press('ArrowLeft');
      await openMap();
      // Tab by Tab, only where the filters start folded (at 1440 they start open: 148 presses, the skip link's job).
      measured[size.width] = { skip: 2, tabsOnly: size.width < 1100 ? await tabsToCanvas(60) : null };
    }
    console.info('key presses to the map canvas', JSON.stringify(measured));
    for (const size of sizes) expect(measured[size.width]!.skip).toBeLessThanOrEqual(10);
    // Where the filters start folded (below 1,100 px), none of their controls is in the tab order.
    for (const width of [1024, 390]) expect(measured[width]!.tabsOnly, `${width}`).toBeLessThanOrEqual(40);
    await page.setViewportSize(sizes[1]!);
    await openMap();
    const folded = await page.evaluate(
      () =>
        [...document.querySelectorAll('#map-filters input, #map-filters select, #map-filters button')].filter(
          (control) => (control as HTMLElement).offsetParent !== null,
        ).length,
    );
    expect(folded).toBe(0);
    await page.setViewportSize(sizes[0]!);
  });
});

describe('labels', () => {
  it('names the largest items at the zoom that fits the whole map, readable and not overlapping', async () => {
    const { page } = e2e;
    for (const size of sizes) {
      await page.setViewportSize(size);
      await openMap();
      const labels = await drawnLabels();
      expect(labels.length, `${size.width}`).toBeGreaterThanOrEqual(size.width > 700 ? 15 : 5);
      expect(overlapping(labels), `${size.width}`).toEqual([]);
      expect(await fontPx(labels[0]!.id)).toBeGreaterThanOrEqual(11);
    }
    await page.setViewportSize(sizes[0]!);
    await openMap();
    // The largest stream of the year is among them.
    const largest = await page.evaluate(() => {
      const container = document.querySelector('[data-testid="graph-canvas"]') as HTMLElement & {
        _cyreg: {
          cy: { nodes(s: string): { max(f: (n: { data(k: string): number }) => number): { ele: { id(): string } } } };
        };
      };
      return container._cyreg.cy
        .nodes('[type = "stream"]')
        .max((node) => node.data('size'))
        .ele.id();
    });
    expect((await drawnLabels()).map((label) => label.id)).toContain(largest);
  });

  it('names the selected item and its neighbours, and the item under the pointer', async () => {
    const { page } = e2e;
    await openMap('?sel=partnership:harbor-healthcare');
    const ids = (await drawnLabels()).map((label) => label.id);
    expect(ids).toContain('partnership:harbor-healthcare');
    const neighbours = await page.evaluate(() => {
      const container = document.querySelector('[data-testid="graph-canvas"]') as HTMLElement & {
        _cyreg: {
          cy: {
            getElementById(id: string): { neighborhood(s: string): { map<T>(f: (n: { id(): string }) => T): T[] } };
          };
        };
      };
      return container._cyreg.cy
        .getElementById('partnership:harbor-healthcare')
        .neighborhood('node')
        .map((n) => n.id());
    });
    expect(neighbours.filter((id) => ids.includes(id)).length).toBeGreaterThanOrEqual(Math.min(2, neighbours.length));
    // Hovering an unlabelled item names it.
    const unlabelled = await page.evaluate(() => {
      const container = document.querySelector('[data-testid="graph-canvas"]') as HTMLElement & {
        _cyreg: { cy: { nodes(s: string): { map<T>(f: (n: { id(): string }) => T): T[] } } };
      };
      return container._cyreg.cy.nodes(':not(.labelled):not(.faded)').map((n) => n.id())[0]!;
    });
    const at = await nodePosition(page, unlabelled);
    await page.mouse.move(at.x, at.y);
    await expect
      .poll(async () => (await drawnLabels()).map((label) => label.id), { timeout: 3000 })
      .toContain(unlabelled);
    await screenshot(page, 'map-labels-selected');
  });

  it('names every item on a path, on the canvas and in a list beside it', async () => {
    const { page } = e2e;
    await openMap('?path=agency:us-dol-eta,partnership:harbor-healthcare');
    const trace = page.getByRole('region', { name: /How they are linked|Why they match/ });
    const names = await trace.locator('ol.path-chain li').allTextContents();
    expect(names.length).toBeGreaterThanOrEqual(2);
    const labels = await drawnLabels();
    for (const name of names) expect(labels.map((label) => label.text)).toContain(name);
    await screenshot(page, 'map-path-named');
  });

  it('heads the layered layout’s columns with their names, left to right', async () => {
    const { page } = e2e;
    await openMap('?layout=layered');
    const headings = page.getByRole('list', { name: 'Columns, left to right' }).getByRole('listitem');
    const texts = await headings.allTextContents();
    // The default filters show agencies, streams, objectives, solutions and partnerships.
    expect(texts).toEqual(['Agencies', 'Funding streams', 'Objectives', 'Solutions', 'Partnerships']);
    const xs = await headings.evaluateAll((items) => items.map((item) => item.getBoundingClientRect().x));
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    await screenshot(page, 'map-layered-headings');
  });
});
