import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const built = join(root, 'dist', 'client', 'index.html');

const newestIn = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce((newest, entry) => {
    const path = join(dir, entry.name);
    return Math.max(newest, entry.isDirectory() ? newestIn(path) : statSync(path).mtimeMs);
  }, 0);

/** Builds the client when it was never built or its sources (or the shared server schemas) changed since. */
export const buildClientIfStale = (): void => {
  if (!existsSync(join(root, 'client', 'index.html'))) return;
  const sources = Math.max(newestIn(join(root, 'client')), newestIn(join(root, 'server', 'domain')));
  if (existsSync(built) && statSync(built).mtimeMs >= sources) return;
  console.log('Building the client (vite build)...');
  const result = spawnSync(join(root, 'node_modules', '.bin', 'vite'), ['build', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error('The client did not build.');
};
