import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { loadConfig } from '../server/config.js';
import { connectForScript } from './connect.js';

// npm run dev: the API (restarting on server changes) and Vite with hot reload, which proxies /api to it.
const root = resolve(import.meta.dirname, '..');
const bin = (name: string) => resolve(root, 'node_modules', '.bin', name);

const main = async (): Promise<void> => {
  const config = loadConfig();
  const { db } = await connectForScript(config);
  await db.close();
  const children: ChildProcess[] = [
    spawn(bin('tsx'), ['watch', '--clear-screen=false', 'server/server.ts'], { cwd: root, stdio: 'inherit' }),
    spawn(bin('vite'), ['--host', config.HOST], { cwd: root, stdio: 'inherit' }),
  ];
  const stopAll = () => {
    for (const child of children) child.kill('SIGTERM');
  };
  process.once('SIGINT', stopAll);
  process.once('SIGTERM', stopAll);
  for (const child of children)
    child.once('exit', (code) => {
      stopAll();
      process.exitCode = code ?? 0;
    });
};

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
