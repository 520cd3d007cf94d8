import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drawnNodeCount, screenshot, seriousViolations, startE2e, waitForMap, type E2eApp } from './e2e-app.js';

// The analytics views on the demo map of Lakeland: each loads real data; the finder ranks funding.

let e2e: E2eApp;
beforeAll(async () => {
  e2e = await startE2e();
});
afterAll(async () => e2e?.close());

const open = async (path: string) => {
  await e2e.page.goto(`${e2e.baseUrl}${path}`);
};

describe('analytics views', () => {
  it('Overlaps shows the agency x objective heatmap and the ranked duplicated objectives, linked to the map', async () => {
    const { page } = e2e;
    await open('/overlaps');
    const heatmap = page.getByRole('table', { name: /Dollars each agency puts into objectives/ });
    await heatmap.getByRole('row').nth(3).waitFor();
    const ranked = page.getByRole('table', { name: /objectives funded by more than one agency/ });
    await ranked.getByRole('row').nth(5).waitFor();
    await page
      .getByRole('table', { name: /pairs of agencies share objectives/ })
      .or(page.getByRole('img', { name: /most similar agency pairs/ }))
      .first()
      .waitFor();
    await screenshot(page, 'overlaps', { docs: true });
    await ranked
      .getByRole('link', { name: /^Show on map: / })
      .first()
      .click();
    await waitForMap(page);
    expect(new URL(page.url()).searchParams.get('overlay')).toBe('duplicates');
    expect(await drawnNodeCount(page)).toBeGreaterThan(1);
  });

  it('Competing releases shows the timeline and the pairs, links a pair, and checks a planned release', async () => {
    const { page } = e2e;
    await open('/releases');
    await page.getByRole('img', { name: /Timeline of \d+ releases/ }).waitFor();
    const pairs = page.getByRole('table', { name: /competing pairs/ });
    await pairs.getByRole('row').nth(2).waitFor();
    await pairs
      .getByRole('button', { name: /^On timeline: / })
      .first()
      .click();
    await expect.poll(() => new URL(page.url()).searchParams.get('pair')).not.toBeNull();
    await page.getByText(/^Linked: /).waitFor();
    await page.waitForTimeout(600);
    // The pointer leaves the chart, so no tooltip covers the linked pair in the picture.
    await page.mouse.move(0, 0);
    await expect
      .poll(() =>
        page.$$eval(
          '.recharts-tooltip-wrapper',
          (tips) => tips.filter((tip) => tip.style.visibility === 'visible').length,
        ),
      )
      .toBe(0);
    await screenshot(page, 'competing-releases', { docs: true });

    const form = page.getByRole('form', { name: 'Plan a release' });
    await form.getByLabel(/^Title/).fill('Upskilling Grants FY2026, round 3');
    await form.getByLabel(/^Agency/).selectOption({ label: 'Division of Workforce Development' });
    await form.getByLabel(/^Opens/).fill('2026-02-01');
    await form.getByLabel(/^Closes/).fill('2026-03-31');
    await form.getByLabel('Incumbent worker upskilling').check();
    await form.getByRole('button', { name: 'Check this release' }).click();
    const results = page.getByRole('region', { name: /What “Upskilling Grants FY2026, round 3” would do/ });
    await results.getByRole('listitem').first().waitFor();
    await screenshot(page, 'release-check');
  });

  it('Competing releases lists competing and similar pairs, incidental one click away, and flags one department', async () => {
    const { page } = e2e;
    await open('/releases?fy=all');
    const pairs = page.getByRole('table', { name: /competing pairs/ });
    await pairs.getByRole('row').nth(2).waitFor();
    const levels = await pairs.locator('tbody .badge[class*="level-"]').allInnerTexts();
    expect(levels.length).toBeGreaterThan(0);
    expect(new Set(levels)).not.toContain('Incidental');
    expect(levels[0]).toBe('Competing');
    await pairs.locator('tbody details summary').first().click();
    await pairs.locator('tbody .pair-reasons li').first().waitFor();

    await page.getByLabel('Departments').selectOption('within');
    await expect.poll(() => new URL(page.url()).searchParams.get('dept')).toBe('within');
    // The pairs within one department are a new read of every year's releases: seconds on a loaded machine.
    await expect
      .poll(
        async () => {
          const rows = await pairs.locator('tbody tr').count();
          const flagged = await pairs.locator('tbody tr:has(.within-department)').count();
          return rows > 0 && rows === flagged;
        },
        { timeout: 30_000 },
      )
      .toBe(true);

    // The choice lives in the URL: the radio turns checked once the page reads it back.
    await page.getByLabel(/^All, with incidental/).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('level')).toBe('all');
    await pairs
      .getByText(/incidental/)
      .first()
      .waitFor();
    await page.getByRole('list', { name: 'Timeline colours' }).waitFor();
  });

  it('Gaps shows demand against eligible funding and the unmatched requests', async () => {
    const { page } = e2e;
    await open('/gaps');
    await page.getByRole('img', { name: /requests per solution/ }).waitFor();
    await page.getByRole('img', { name: /estimated cost of requests/ }).waitFor();
    await page
      .getByRole('table', { name: /requested solutions, largest gaps first/ })
      .getByRole('row')
      .nth(2)
      .waitFor();
    await page.getByRole('heading', { name: 'Requests nothing is eligible for' }).waitFor();
    await screenshot(page, 'gaps', { docs: true });
  });

  it('the funding finder ranks funding for a demo partnership, explains it and plans the braiding', async () => {
    const { page } = e2e;
    await open('/finder');
    await page.getByLabel('Partnership').selectOption({ label: 'Harbor Metro Healthcare Careers Partnership' });
    const ranked = page.getByRole('table', { name: /eligible funding streams, best first/ });
    await ranked.getByRole('row').nth(1).waitFor();
    const rows = await ranked.getByRole('row').count();
    expect(rows).toBeGreaterThan(2);
    const scores = await ranked.locator('tbody tr td:nth-child(3)').allInnerTexts();
    const numbers = scores.map((text) => Number(text.trim()));
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
    await ranked
      .getByRole('button', { name: /^Why\? / })
      .first()
      .click();
    await page.getByRole('region', { name: /How .* links to the need/ }).waitFor();
    await page.getByRole('button', { name: 'Plan braiding' }).first().click();
    await page.getByRole('heading', { name: /^Braiding plan:/ }).waitFor();
    await screenshot(page, 'funding-finder', { docs: true });
  });

  it('Re-purposing lists idle money with the gaps it could fill', async () => {
    const { page } = e2e;
    await open('/repurpose');
    await page
      .getByRole('table', { name: /streams that could be put to other use/ })
      .getByRole('row')
      .nth(1)
      .waitFor();
    await screenshot(page, 'repurpose');
  });

  it('the scorecard shows indicators and saves a target set in its settings dialog', async () => {
    const { page } = e2e;
    await open('/scorecard');
    await page.getByRole('heading', { name: 'Unmatched requests' }).waitFor();
    await page.getByRole('button', { name: 'Settings…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Scorecard settings' });
    await dialog.getByLabel('Target for Unmatched requests').fill('2');
    await dialog.getByRole('button', { name: 'Save settings' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('article', { name: 'Unmatched requests' }).getByText('target at most 2').waitFor();
    await screenshot(page, 'scorecard');
  });

  it('the map lights up the gaps overlay', async () => {
    const { page } = e2e;
    await open('/map?overlay=gaps');
    await waitForMap(page);
    await page.getByText(/solutions with a gap/).waitFor();
    await screenshot(page, 'map-overlay-gaps');
  });

  it('every view passes axe-core without serious violations', async () => {
    const { page } = e2e;
    const found: Record<string, unknown> = {};
    for (const path of [
      '/map',
      '/overlaps',
      '/releases',
      '/gaps',
      '/finder?partnership=harbor-healthcare',
      '/repurpose',
      '/scorecard',
      '/data',
    ]) {
      await open(path);
      await page.getByRole('main').waitFor();
      await page.waitForLoadState('networkidle');
      const violations = await seriousViolations(page);
      if (violations.length > 0) found[path] = violations;
    }
    expect(found).toEqual({});
  });
});
