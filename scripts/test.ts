import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

// npm test: lint, typecheck, build the client (end-to-end tests drive the built app), then every vitest
// project (unit, component, integration and e2e against a real Neo4j and headless Chromium).
const root = resolve(import.meta.dirname, '..');
const bin = (name: string) => resolve(root, 'node_modules', '.bin', name);

/** One plain closing line that any CI reads: "N passed, N failed". */
function printSummary(): void {
  const summary = resolve(root, 'test-results', 'vitest.json');
  if (!existsSync(summary)) return;
  const counts = JSON.parse(readFileSync(summary, 'utf8')) as Record<string, number>;
  console.log(`\n${counts.numPassedTests} passed, ${counts.numFailedTests} failed, ${counts.numPendingTests} skipped`);
}

const steps: Array<[string, string, string[]]> = [
  ['lint', bin('eslint'), ['.']],
  ['format', bin('prettier'), ['--check', '.']],
  // Three projects: server and Node tests (no DOM), the client (DOM, no Node), the browser-driving tests (both).
  ['typecheck server', bin('tsc'), ['--noEmit', '-p', '.']],
  ['typecheck client', bin('tsc'), ['--noEmit', '-p', 'client']],
  ['typecheck browser tests', bin('tsc'), ['--noEmit', '-p', 'tsconfig.browser-tests.json']],
  ['build', bin('vite'), ['build', '--logLevel', 'warn']],
  [
    'tests',
    bin('vitest'),
    [
      'run',
      '--reporter=default',
      '--reporter=json',
      '--outputFile.json=test-results/vitest.json',
      ...process.argv.slice(2),
    ],
  ],
];

for (const [name, command, args] of steps) {
  console.log(`\n== ${name}: ${[command.replace(`${root}/`, ''), ...args].join(' ')}`);
  // The end-to-end tests drive the client the build step made, instead of building it once per file.
  const env = { ...process.env, BRAID_E2E_CLIENT: resolve(root, 'dist', 'client') };
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error(`\nnpm test failed at step "${name}".`);
    if (name === 'tests') printSummary();
    process.exit(result.status ?? 1);
  }
}

printSummary();
