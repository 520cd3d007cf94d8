import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleCounts, bundleProblems } from '../synthetic/bundle.js';
import { buildDemoBundle } from './demo-bundle.js';
import { writeCsvFolder } from './write-csv.js';

// Regenerates seed/demo/*.csv from the curated tables: `npx tsx seed/demo-source/build.ts`.

const bundle = buildDemoBundle();
const problems = bundleProblems(bundle);
if (problems.length > 0) {
  console.error(`The demo tables are inconsistent:\n${problems.join('\n')}`);
  process.exit(1);
}
const folder = join(dirname(fileURLToPath(import.meta.url)), '..', 'demo');
writeCsvFolder(bundle, folder);
console.log(`Wrote ${folder}:`, bundleCounts(bundle));
