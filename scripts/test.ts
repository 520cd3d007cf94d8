import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

// npm test: lint, typecheck, build the client (end-to-end tests drive the built app), then every vitest
// project (unit, component, integration and e2e against a real Neo4j and headless Chromium).
const root = resolve(import.meta.dirname, '..');
const bin = (name: string) => resolve(root, 'node_modules', '.bin', name);

const steps: Array<[string, string, string[]]> = [
  ['lint', bin('eslint'), ['.']],
  ['format', bin('prettier'), ['--check', '.']],
  ['typecheck', bin('tsc'), ['--noEmit', '-p', '.']],
  ['build', bin('vite'), ['build', '--logLevel', 'warn']],
  ['tests', bin('vitest'), ['run', ...process.argv.slice(2)]],
];

for (const [name, command, args] of steps) {
  console.log(`\n== ${name}: ${[command.replace(`${root}/`, ''), ...args].join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`\nnpm test failed at step "${name}".`);
    process.exit(result.status ?? 1);
  }
}
