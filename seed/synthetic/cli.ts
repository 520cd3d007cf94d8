import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { bundleCounts } from './bundle.js';
import { generateSynthetic } from './generate.js';
import { writeBundleJson } from './write-json.js';

// npm run seed:synthetic -- --states 50 --seed 1 [--out synthetic-50-1.json]
// Writes a synthetic braid/1 JSON bundle, ready for `npm run import`.

const wholeNumber = (value: string, flag: string, min: number): number => {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < min) {
    console.error(`--${flag} must be a whole number of at least ${min} (got ${value})`);
    process.exit(2);
  }
  return parsed;
};

const { values } = parseArgs({
  options: {
    states: { type: 'string', default: '50' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string' },
  },
  strict: true,
});
const states = wholeNumber(values.states, 'states', 1);
const seed = wholeNumber(values.seed, 'seed', 0);
const out = resolve(values.out ?? `synthetic-${states}-${seed}.json`);

const started = Date.now();
const bundle = generateSynthetic({ states, seed });
writeBundleJson(bundle, out);
console.log(`Wrote ${out} in ${Date.now() - started} ms:`, bundleCounts(bundle));
