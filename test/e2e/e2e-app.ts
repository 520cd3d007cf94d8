import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { build } from 'vite';
import type { Role } from '../../server/domain/actor.js';
import { multipart, type FixtureFile } from '../helpers/fixtures.js';
import { buildTestApp, resetDatabase, type TestAppOptions } from '../helpers/test-app.js';

// End-to-end tests drive the real built client, served by the real app on the test Neo4j, in Debian's
// Chromium. Each test file gets a fresh database holding the demo map, its own server and its own browser.

const repoRoot = resolve(import.meta.dirname, '..', '..');
// `npm test` builds the client once and names it in BRAID_E2E_CLIENT; a single e2e file run alone builds its own.
const builtClient = process.env.BRAID_E2E_CLIENT;
const clientRoot = builtClient ?? join(repoRoot, 'dist', 'e2e-client');
export const screenshotDir = join(repoRoot, 'test-results', 'e2e');
const chromiumPath = process.env.BRAID_CHROMIUM ?? '/usr/bin/chromium';

export interface E2eApp {
  app: FastifyInstance;
  baseUrl: string;
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

/** The demo map (seed/demo), or the small fixture when the demo is not there. */
const mapFiles = (): FixtureFile[] => {
  const demo = join(repoRoot, 'seed', 'demo');
  const small = join(repoRoot, 'test', 'fixtures', 'small');
  let folder = demo;
  try {
    if (!readdirSync(demo).some((name) => name.endsWith('.csv'))) folder = small;
  } catch {
    folder = small;
  }
  return readdirSync(folder)
    .filter((name) => name.endsWith('.csv'))
    .sort()
    .map((name) => ({ name, content: readFileSync(join(folder, name)) }));
};

/** Builds the client as `npm run build` does (vitest sets NODE_ENV=test, which would give a development build). */
export const buildClient = async (): Promise<void> => {
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      configFile: join(repoRoot, 'vite.config.ts'),
      mode: 'production',
      logLevel: 'warn',
      build: { outDir: clientRoot, emptyOutDir: true },
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
};

export const loadMap = async (app: FastifyInstance, files: FixtureFile[] = mapFiles()): Promise<void> => {
  const response = await app.inject({ method: 'POST', url: '/api/import?mode=replace', ...multipart(files) });
  if (response.statusCode !== 200) throw new Error(`the map did not import: ${response.body}`);
};

export interface E2eOptions {
  /** The role of a browser that has not signed in (default admin; null to test signing in). */
  role?: Role | null;
  /** Settings of the app (single sign-on, ...), and a port when they must name the address in advance. */
  config?: TestAppOptions['config'];
  port?: number;
  /** false: start from an empty map (screens that do not read it). */
  withMap?: boolean;
}

/** Where the client under test is built: npm test's build, else this run's own. */
export const builtClientRoot = clientRoot;

export const ensureBuiltClient = async (): Promise<void> => {
  if (!builtClient) await buildClient();
};

export const startE2e = async (options: E2eOptions = {}): Promise<E2eApp> => {
  await ensureBuiltClient();
  await resetDatabase();
  // The map is loaded as an admin whatever role the browser is given.
  if (options.withMap !== false) {
    const loader = await buildTestApp();
    await loadMap(loader);
    await loader.close();
  }
  const app = await buildTestApp({ role: options.role, clientRoot, config: options.config });
  await app.listen({ host: '127.0.0.1', port: options.port ?? 0 });
  const address = app.server.address();
  if (address === null || typeof address === 'string') throw new Error('the app is not listening on a port');
  const profile = mkdtempSync(join(tmpdir(), 'braid-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
    viewport: { width: 1440, height: 900 },
    acceptDownloads: true,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  mkdirSync(screenshotDir, { recursive: true });
  return {
    app,
    baseUrl: `http://127.0.0.1:${address.port}`,
    context,
    page,
    close: async () => {
      await context.close();
      await app.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
};

const docsScreenshotDir = join(repoRoot, 'docs', 'screenshots');

/**
 * Saves what the page shows under test-results/e2e. Shots marked for the docs are also written to
 * docs/screenshots when BRAID_UPDATE_SCREENSHOTS=1, so the README's pictures are refreshed on purpose only.
 */
export const screenshot = async (page: Page, name: string, options: { docs?: boolean } = {}): Promise<void> => {
  await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: false });
  if (options.docs && process.env.BRAID_UPDATE_SCREENSHOTS === '1') {
    mkdirSync(docsScreenshotDir, { recursive: true });
    await page.screenshot({ path: join(docsScreenshotDir, `${name}.png`), fullPage: false });
  }
};

/** Waits until the map canvas holds elements and its layout has finished. */
export const waitForMap = async (page: Page): Promise<void> => {
  await page.waitForSelector('[data-testid="graph-canvas"][data-layout="done"]', { timeout: 60_000 });
};

export const drawnNodeCount = async (page: Page): Promise<number> =>
  Number(await page.getAttribute('[data-testid="graph-canvas"]', 'data-nodes'));

/** Where a map node is drawn, in page coordinates (cytoscape keeps its instance on the container). */
export const nodePosition = async (page: Page, id: string): Promise<{ x: number; y: number }> => {
  const position = await page.evaluate((nodeId) => {
    const container = document.querySelector('[data-testid="graph-canvas"]') as HTMLElement & {
      _cyreg?: {
        cy?: { getElementById(id: string): { empty(): boolean; renderedPosition(): { x: number; y: number } } };
      };
    };
    const node = container._cyreg?.cy?.getElementById(nodeId);
    if (!node || node.empty()) return null;
    const box = container.getBoundingClientRect();
    const { x, y } = node.renderedPosition();
    return { x: box.left + x, y: box.top + y };
  }, id);
  if (!position) throw new Error(`${id} is not drawn`);
  return position;
};

/**
 * Clicks a map node as a person would, after bringing it to the middle of the canvas: the force layout is
 * random, so a node can land under the legend or the zoom buttons that float on the canvas.
 */
export const clickNode = async (page: Page, id: string, options: { double?: boolean } = {}): Promise<void> => {
  await page.evaluate((nodeId) => {
    const container = document.querySelector('[data-testid="graph-canvas"]') as HTMLElement & {
      _cyreg?: { cy?: { getElementById(id: string): unknown; center(eles: unknown): void } };
    };
    const cy = container._cyreg?.cy;
    if (cy) cy.center(cy.getElementById(nodeId));
  }, id);
  const { x, y } = await nodePosition(page, id);
  if (options.double) await page.mouse.dblclick(x, y);
  else await page.mouse.click(x, y);
};

/** The map's URL query as it stands. */
export const mapQuery = (page: Page): URLSearchParams => new URL(page.url()).searchParams;

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: number;
  /** Where, for the first few. */
  targets: string[];
}

/** axe-core's serious and critical violations on the page as it stands. */
export const seriousViolations = async (page: Page): Promise<AxeViolation[]> => {
  // Evaluated by the test driver, not added as a <script>: the app's Content-Security-Policy rightly refuses
  // inline scripts, and the page under test keeps that policy.
  await page.evaluate(readFileSync(join(repoRoot, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8'));
  const violations = await page.evaluate(async () => {
    type Result = { id: string; impact: string | null; help: string; nodes: Array<{ target: string[] }> };
    const axe = (window as unknown as { axe: { run(context: Document): Promise<{ violations: Result[] }> } }).axe;
    const result = await axe.run(document);
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.length,
      targets: violation.nodes.slice(0, 3).map((node) => node.target.join(' ')),
    }));
  });
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
};
