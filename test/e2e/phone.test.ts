import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { views } from '../../client/app/navigation.js';
import { screenshot, startE2e, type E2eApp } from './e2e-app.js';

// On a phone (390 x 844) no page scrolls sideways: wide tables and charts scroll inside their own box.

let e2e: E2eApp;
beforeAll(async () => {
  e2e = await startE2e();
  await e2e.page.setViewportSize({ width: 390, height: 844 });
});
afterAll(async () => e2e?.close());

/** The outermost elements that reach past the screen's right edge, to say what pushes the page wider. */
const overflowing = (): Promise<string[]> =>
  e2e.page.evaluate(() => {
    const name = (element: Element) =>
      `${element.tagName.toLowerCase()}${element.className && typeof element.className === 'string' ? `.${element.className.trim().split(/\s+/).join('.')}` : ''}`;
    const clipped = (element: Element): boolean => {
      for (let up = element.parentElement; up && up !== document.body; up = up.parentElement)
        if (getComputedStyle(up).overflowX !== 'visible') return true;
      return false;
    };
    const wide = [...document.querySelectorAll('body *')].filter(
      (element) => element.getBoundingClientRect().right > window.innerWidth + 1 && !clipped(element),
    );
    return wide
      .filter((element) => !wide.includes(element.parentElement!))
      .map(name)
      .slice(0, 8);
  });

/** How wide the page is, once what the view loads has arrived. */
const pageWidth = async (path: string): Promise<number> => {
  const { page, baseUrl } = e2e;
  await page.goto(`${baseUrl}${path}`);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  return page.evaluate(() => document.documentElement.scrollWidth);
};

describe('every view on a phone', () => {
  it('fits the width of the screen', async () => {
    const widths: Record<string, number> = {};
    const culprits: Record<string, string[]> = {};
    for (const view of views) {
      widths[view.path] = await pageWidth(view.path);
      if (widths[view.path] !== 390) culprits[view.path] = await overflowing();
      await screenshot(e2e.page, `phone${view.path.replace(/\//g, '-')}`);
    }
    expect(widths, JSON.stringify(culprits)).toEqual(Object.fromEntries(views.map((view) => [view.path, 390])));
  });

  it('draws the release timeline with room for its bars, scrolling inside its card', async () => {
    const { page } = e2e;
    await page.goto(`${e2e.baseUrl}/releases`);
    const chart = page.locator('.chart-area .recharts-responsive-container').first();
    await chart.waitFor();
    expect((await chart.boundingBox())?.width).toBeGreaterThanOrEqual(640);
    expect(await page.locator('.chart-area .recharts-bar-rectangle').count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(390);
    await screenshot(page, 'phone-release-timeline');
  });

  it('shows the map on the first screen at 1024x768 and 390x844, with the filters folded behind one button', async () => {
    const { page } = e2e;
    for (const size of [
      { width: 1024, height: 768 },
      { width: 390, height: 844 },
    ]) {
      await page.setViewportSize(size);
      await page.goto(`${e2e.baseUrl}/map`);
      const canvas = page.locator('[data-testid="graph-canvas"]');
      await canvas.waitFor();
      // The canvas starts on the first screen, with room to see it (it started 1,870 px down at 1024).
      expect((await canvas.boundingBox())!.y, `${size.width}`).toBeLessThan(size.height - 150);
      const toggle = page.getByRole('button', { name: 'Show filters and saved views' });
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');
      await screenshot(page, `map-first-${size.width}`);
      await toggle.click();
      await page.getByRole('button', { name: 'Hide filters' }).waitFor();
    }
    await page.setViewportSize({ width: 390, height: 844 });
  });

  it('lets the finder’s ranked table scroll inside its own box', async () => {
    const { page } = e2e;
    await page.goto(`${e2e.baseUrl}/finder`);
    await page.getByLabel('Partnership').selectOption({ label: 'Harbor Metro Healthcare Careers Partnership' });
    const ranked = page.getByRole('table', { name: /eligible funding streams, best first/ });
    await ranked.getByRole('row').nth(1).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth), (await overflowing()).join(' ')).toBe(390);
    await screenshot(page, 'phone-finder-ranked');
  });
});
