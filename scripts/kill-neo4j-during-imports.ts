import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildApp } from '../server/app.js';
import { anonymousActor } from '../server/domain/actor.js';
import { connectionOf, localInstance, start, stop } from './neo4j/local-neo4j.js';
import { multipart, smallMap } from './small-map-upload.js';

// Issue #10: `kill -9` of Neo4j while imports run leaves no partial map, and the server recovers by itself.
// Its own Neo4j (data folder `kill9`, port BRAID_NEO4J_PORT or 7689), seeded with the small fixture; each round
// starts an import of 2,000 agencies and 2,000 streams, kills Neo4j with SIGKILL at a random moment, starts it
// again and checks that the import's rows are all there or none are, that nothing else changed, and that the
// same running server answers /api/health "ok" again. Usage: npx tsx scripts/kill-neo4j-during-imports.ts [rounds]
const rounds = Number(process.argv[2] ?? 8);
const perTable = 2000;
const instance = localInstance('kill9', Number(process.env.BRAID_NEO4J_PORT ?? 7689));
const admin = { id: 'kill9', kind: 'user', role: 'admin', label: 'kill -9 script' } as const;

const roundUpload = (round: number) => [
  {
    name: 'agencies.csv',
    text: `id,name,level\n${Array.from({ length: perTable }, (_, i) => `k${round}-${i},Kill ${round} agency ${i},local`).join('\n')}\n`,
  },
  {
    name: 'funding_streams.csv',
    text: `id,name,agency_id,source,fiscal_year,amount,objective_ids\n${Array.from({ length: perTable }, (_, i) => `k${round}-s${i},Kill ${round} stream ${i},k${round}-${i},state,2025,${i + 1},iwt`).join('\n')}\n`,
  },
];

const pidOf = (): number => Number(readFileSync(join(instance.home, 'run', 'neo4j.pid'), 'utf8').trim());
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

await start(instance, () => undefined);
const app = await buildApp({
  // A long query timeout: the first import into a cold Neo4j on a loaded machine can take over a minute.
  config: {
    LOG_LEVEL: process.env.LOG_LEVEL === 'error' ? 'error' : 'silent',
    BRAID_UPLOAD_LIMIT_MB: 50,
    BRAID_QUERY_TIMEOUT_S: 600,
  },
  connection: connectionOf(instance),
  defaultActor: { ...anonymousActor, ...admin },
});
let failures = 0;
try {
  const seeded = await app.inject({
    method: 'POST',
    url: '/api/import?mode=replace&confirm=delete-missing',
    ...multipart(smallMap),
  });
  if (seeded.statusCode !== 200) throw new Error(`seed failed: ${seeded.body}`);
  console.log('round  killed after  import answer  rows of the import  rest unchanged  Neo4j down  health ok after');
  for (let round = 1; round <= rounds; round += 1) {
    const before = (await app.inject({ method: 'GET', url: '/api/export?format=json' })).json();
    const answer = app.inject({ method: 'POST', url: '/api/import', ...multipart(roundUpload(round)) });
    const delay = 200 + Math.floor(Math.random() * 2500);
    await sleep(delay);
    const pid = pidOf();
    process.kill(pid, 'SIGKILL');
    const killedAt = Date.now();
    // Until this process reaps it, the killed Neo4j still answers kill(pid, 0): start() would take it for one
    // that is starting, then report that it "exited during start-up".
    while (isAlive(pid)) await sleep(50);
    // Neo4j comes back while the import waits: the driver may retry it on the new Neo4j, which is fine too.
    const restarting = start(instance, () => undefined);
    const imported = await answer;
    await restarting;
    const restarted = Date.now();
    while ((await app.inject({ method: 'GET', url: '/api/health' })).json().status !== 'ok') await sleep(250);
    const recovered = Date.now() - restarted;
    const down = restarted - killedAt;
    const after = (await app.inject({ method: 'GET', url: '/api/export?format=json' })).json();
    const ours = (rows: Array<{ id: string }>) => rows.filter((row) => row.id.startsWith(`k${round}-`));
    const added = ours(after.agencies).length + ours(after.funding_streams).length;
    const rest = JSON.stringify({
      ...after,
      agencies: after.agencies.filter((row: { id: string }) => !row.id.startsWith(`k${round}-`)),
      funding_streams: after.funding_streams.filter((row: { id: string }) => !row.id.startsWith(`k${round}-`)),
    });
    const whole = added === 0 || added === 2 * perTable;
    const unchanged = rest === JSON.stringify(before);
    const honest = imported.statusCode !== 200 || added === 2 * perTable;
    const noCrash = imported.statusCode < 500 || imported.statusCode === 503;
    if (!whole || !unchanged || !honest || !noCrash) failures += 1;
    console.log(
      `${String(round).padStart(5)}  ${`${delay} ms`.padStart(12)}  ${String(imported.statusCode).padStart(13)}  ${`${added}${whole ? '' : ' PARTIAL'}`.padStart(18)}  ${String(unchanged).padStart(14)}  ${`${down} ms`.padStart(10)}  ${`${recovered} ms`.padStart(15)}`,
    );
    // The next round starts from the map as it is now (with or without this round's rows).
  }
} finally {
  await app.close();
  await stop(instance);
}
console.log(failures === 0 ? 'no partial map, every round recovered' : `${failures} round(s) failed`);
process.exitCode = failures === 0 ? 0 : 1;
