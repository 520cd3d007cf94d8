// `npm start` and `npm test` on a fresh clone: this file runs before any dependency is installed, so it is
// plain JavaScript with no imports beyond Node's; everything after installation is TypeScript (tsx).
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const task = process.argv[2];
const steps = { start: 'scripts/start.ts', test: 'scripts/test.ts' };

const run = (command, args) => {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.error) {
    console.error(`Could not run ${command}: ${result.error.message}`);
    process.exit(1);
  }
  if (result.status !== 0) process.exit(result.status ?? 1);
};

// Install when node_modules is missing or older than the lock file.
const installed = join(root, 'node_modules', '.package-lock.json');
const lock = join(root, 'package-lock.json');
if (!existsSync(installed) || (existsSync(lock) && statSync(lock).mtimeMs > statSync(installed).mtimeMs)) {
  console.log('Installing dependencies (npm ci)...');
  run('npm', ['ci', '--no-audit', '--no-fund']);
}

if (!steps[task]) {
  console.error('usage: node scripts/bootstrap.mjs start|test');
  process.exit(2);
}
run(join(root, 'node_modules', '.bin', 'tsx'), [steps[task], ...process.argv.slice(3)]);
