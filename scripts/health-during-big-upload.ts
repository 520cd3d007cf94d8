import { monitorEventLoopDelay } from 'node:perf_hooks';
import { buildApp } from '../server/app.js';
import { anonymousActor } from '../server/domain/actor.js';
import { connectionOf, localInstance, start, stop } from './neo4j/local-neo4j.js';
import { multipart, smallMap } from './small-map-upload.js';

// Issue #10 point 6: a 100,000-row upload must not hold /api/health for seconds. Its own Neo4j (data folder
// `upload-health`, port BRAID_NEO4J_PORT or 7689), seeded with the small fixture; uploads a CSV of `rows` new
// funding streams (valid, so every phase runs: worker, reference check, diff, write, change-set, audit) while
// /api/health is asked every 50 ms on the same server, and prints the longest health wait and event-loop stall.
// Usage: npx tsx scripts/health-during-big-upload.ts [rows]
const rows = Number(process.argv[2] ?? 99_000);
const instance = localInstance('upload-health', Number(process.env.BRAID_NEO4J_PORT ?? 7689));
const admin = { id: 'health-script', kind: 'user', role: 'admin', label: 'health script' } as const;

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

await start(instance, () => undefined);
const app = await buildApp({
  config: {
    LOG_LEVEL: process.env.LOG_LEVEL === 'error' ? 'error' : 'silent',
    BRAID_UPLOAD_LIMIT_MB: 50,
    BRAID_QUERY_TIMEOUT_S: 600,
  },
  connection: connectionOf(instance),
  defaultActor: { ...anonymousActor, ...admin },
});
try {
  const seeded = await app.inject({
    method: 'POST',
    url: '/api/import?mode=replace&confirm=delete-missing',
    ...multipart(smallMap),
  });
  if (seeded.statusCode !== 200) throw new Error(`seed failed: ${seeded.body}`);
  const round = Date.now().toString(36);
  const lines = Array.from({ length: rows }, (_, i) => `h${round}-${i},Stream ${i},dol-wd,state,2025,${i + 1},iwt`);
  const upload = multipart([
    {
      name: 'funding_streams.csv',
      text: `id,name,agency_id,source,fiscal_year,amount,objective_ids\n${lines.join('\n')}\n`,
    },
  ]);
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  const started = Date.now();
  let done = false;
  const importing = app.inject({ method: 'POST', url: '/api/import', ...upload }).finally(() => {
    done = true;
  });
  const waits: number[] = [];
  while (!done) {
    const asked = Date.now();
    await app.inject({ method: 'GET', url: '/api/health' });
    waits.push(Date.now() - asked);
    await sleep(50);
  }
  const answer = await importing;
  delay.disable();
  const sorted = [...waits].sort((a, b) => a - b);
  console.log(
    JSON.stringify({
      rows,
      status: answer.statusCode,
      import_ms: Date.now() - started,
      health_asked: waits.length,
      health_max_ms: sorted.at(-1),
      health_p95_ms: sorted[Math.floor(sorted.length * 0.95)],
      health_over_500ms: waits.filter((wait) => wait > 500).length,
      loop_stall_max_ms: Math.round(delay.max / 1e6),
    }),
  );
} finally {
  await app.close();
  await stop(instance);
}
