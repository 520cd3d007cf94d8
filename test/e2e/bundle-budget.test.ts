import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtClientRoot, ensureBuiltClient } from './e2e-app.js';

// Each page's first load, gzipped: the entry with what it imports statically, and the page's own chunk with
// what that imports statically, which is what the browser fetches before the page can paint. Chunks imported
// lazily come later (cytoscape while the map's data loads, fcose on the first force layout, the SVG export).
// Every page of client/app/router.tsx is measured, so a new page is held to the budget from its first build.
// The map is the first page (/ opens it); the pages that draw a chart at once (recharts, about 100 kB) are
// allowed more until their charts load lazily too.
const defaultBudgetKb = 250;
const chartPageBudgetKb = 290;
const chartPages = new Set(['overlaps', 'releases', 'gaps', 'finder', 'repurpose', 'money-flow']);
const budgetOf = (path: string): number => (chartPages.has(path) ? chartPageBudgetKb : defaultBudgetKb);

interface ManifestChunk {
  file: string;
  imports?: string[];
  isEntry?: boolean;
}
type Manifest = Record<string, ManifestChunk>;

/** The pages of the router: URL path and the manifest key of its lazily loaded module. */
const pages = (): Array<{ path: string; module: string }> => {
  const router = readFileSync(join(import.meta.dirname, '..', '..', 'client', 'app', 'router.tsx'), 'utf8');
  return [...router.matchAll(/path: '([^']+)',\s*lazy: async \(\) => \(\{[\s\S]*?import\('([^']+)'\)/g)].map(
    ([, path, module]) => ({ path: path!, module: posix.join('app', module!).replace(/\.js$/, '.tsx') }),
  );
};

const gzippedBytes = (file: string): number =>
  existsSync(`${file}.gz`) ? readFileSync(`${file}.gz`).length : gzipSync(readFileSync(file)).length;

describe('bundle budget', () => {
  let manifest: Manifest;
  beforeAll(async () => {
    await ensureBuiltClient();
    manifest = JSON.parse(readFileSync(join(builtClientRoot, '.vite', 'manifest.json'), 'utf8')) as Manifest;
  }, 600_000);

  /** The JS files a key needs before it runs: itself and its static imports, transitively. */
  const firstLoad = (keys: string[]): Set<string> => {
    const files = new Set<string>();
    const seen = new Set<string>();
    const visit = (key: string) => {
      if (seen.has(key)) return;
      seen.add(key);
      const chunk = manifest[key];
      // A page module imported statically elsewhere (sign-in, by the layout) is no chunk of its own.
      if (!chunk) return;
      if (chunk.file.endsWith('.js')) files.add(chunk.file);
      for (const imported of chunk.imports ?? []) visit(imported);
    };
    for (const key of keys) visit(key);
    return files;
  };

  it('finds the pages of the router in the build', () => {
    const found = pages();
    expect(found.map((page) => page.path)).toEqual(expect.arrayContaining(['map', 'finder', 'releases', 'data']));
    for (const page of found.filter(({ path }) => path !== 'sign-in'))
      expect(manifest[page.module], page.module).toBeDefined();
  });

  it(`keeps the map's first load at most ${defaultBudgetKb} kB of gzipped JavaScript, and every page's in its budget`, () => {
    const entry = Object.keys(manifest).filter((key) => manifest[key]?.isEntry);
    const sizes = pages().map(({ path, module }) => {
      const bytes = [...firstLoad([...entry, module])].reduce(
        (total, file) => total + gzippedBytes(join(builtClientRoot, file)),
        0,
      );
      return { path, kB: Math.round(bytes / 100) / 10, budget: budgetOf(path) };
    });
    console.log(sizes.map(({ path, kB, budget }) => `/${path}: ${kB} kB of ${budget}`).join('\n'));
    expect(sizes.find(({ path }) => path === 'map')?.budget).toBe(defaultBudgetKb);
    expect(sizes.filter(({ kB, budget }) => kB > budget)).toEqual([]);
  });
});
