import { userInfo } from 'node:os';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { buildApp } from '../../server/app.js';
import { Database } from '../../server/db/database.js';
import { migrate } from '../../server/repositories/migration-repository.js';
import { cliActor } from '../../server/domain/actor.js';
import { localInstance, start, status, stop } from '../../scripts/neo4j/local-neo4j.js';
import { multipart } from '../../test/helpers/fixtures.js';
import { judgedSources, pairKey, readJudgedSet, type JudgedSource } from './judged-set.js';

// npx tsx bench/eval/draw-holdout.ts <out.json>: draws the pairs of the holdout split of the judged set
// (test/fixtures/competing-judged/README.md, "Holdout"), without their levels, for a person to judge by reading
// both records. Fixed seed, so the draw can be repeated. Per source, among pairs whose windows overlap and that
// the dev split does not hold: a uniform sample of the analytic's candidates (level=all, the level is not
// written out), a uniform sample of the non-candidates of one agency, and a uniform sample of the other
// non-candidates; then, since a uniform sample holds few competitors, a uniform sample of the candidates of one
// agency not drawn yet (where competitors gather), from a second seeded stream.

const draws: Record<JudgedSource, { candidates: number; sameAgency: number; other: number; agencyCandidates: number }> =
  {
    'pa-portal': { candidates: 40, sameAgency: 16, other: 10, agencyCandidates: 20 },
    'ca-portal': { candidates: 12, sameAgency: 4, other: 4, agencyCandidates: 6 },
  };
const seed = 20261201;

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const files: Record<JudgedSource, string> = {
  'pa-portal': 'pa-grants-portal-2025.json',
  'ca-portal': 'ca-grants-portal-2025-06.json',
};

/** mulberry32: a small seeded generator, enough to make a sample repeatable. */
const generator = (state: number) => () => {
  state = (state + 0x6d2b79f5) | 0;
  let t = Math.imul(state ^ (state >>> 15), 1 | state);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

const sample = <T>(items: T[], count: number, random: () => number): T[] => {
  const pool = [...items];
  for (let i = pool.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [pool[i], pool[j]] = [pool[j] as T, pool[i] as T];
  }
  return pool.slice(0, count);
};

const releases = z.object({
  items: z.array(
    z.object({ id: z.string(), title: z.string(), agency_id: z.string(), opens: z.string(), closes: z.string() }),
  ),
});
const pairs = z.object({
  pairs: z.array(z.object({ a: z.object({ id: z.string() }), b: z.object({ id: z.string() }) })),
});

const main = async () => {
  const out = process.argv[2];
  if (!out) throw new Error('usage: draw-holdout.ts <out.json>');
  const dev = new Set(
    readJudgedSet(join(repoRoot, 'test', 'fixtures', 'competing-judged', 'pairs.json')).map((p) => pairKey(p.a, p.b)),
  );
  const instance = localInstance('eval', Number(process.env.BRAID_EVAL_NEO4J_PORT ?? 7694));
  const wasRunning = (await status(instance)) !== 'stopped';
  const connection = await start(instance);
  const db = new Database(connection);
  await migrate(db).finally(() => db.close());
  const app = await buildApp({
    config: { LOG_LEVEL: 'error', BRAID_UPLOAD_LIMIT_MB: 50 },
    connection,
    defaultActor: cliActor(userInfo().username),
  });
  const random = generator(seed);
  const second = generator(seed + 1);
  const drawn: Array<{
    source: JudgedSource;
    a: string;
    b: string;
    a_title: string;
    b_title: string;
    drawn_from: string;
  }> = [];
  try {
    for (const source of judgedSources) {
      const name = files[source];
      const imported = await app.inject({
        method: 'POST',
        url: `/api/import?source=${source}&mode=replace&open_ended_closes=2026-06-30`,
        ...multipart([{ name, content: readFileSync(join(repoRoot, 'seed', 'real', name)) }]),
      });
      if (imported.statusCode !== 200) throw new Error(imported.body);
      const { items } = releases.parse((await app.inject({ method: 'GET', url: '/api/releases?limit=5000' })).json());
      const listed = pairs.parse(
        (
          await app.inject({
            method: 'GET',
            url: '/api/analytics/competing-releases?fiscal_year=all&level=all&limit=5000',
          })
        ).json(),
      );
      const candidates = new Set(listed.pairs.map((p) => pairKey(p.a.id, p.b.id)));
      const byId = new Map(items.map((r) => [r.id, r]));
      const overlapping: string[] = [];
      const sorted = [...items].sort((x, y) => x.id.localeCompare(y.id));
      sorted.forEach((x, i) =>
        sorted.slice(i + 1).forEach((y) => {
          if (x.opens <= y.closes && y.opens <= x.closes) overlapping.push(pairKey(x.id, y.id));
        }),
      );
      const fresh = overlapping.filter((key) => !dev.has(key));
      const agencyOf = (key: string, side: 0 | 1) => byId.get(key.split(' ')[side] as string)?.agency_id;
      const sameAgency = (key: string) => agencyOf(key, 0) === agencyOf(key, 1);
      const groups: Array<[string, string[], number, () => number]> = [
        ['candidate', fresh.filter((k) => candidates.has(k)), draws[source].candidates, random],
        [
          'non-candidate, one agency',
          fresh.filter((k) => !candidates.has(k) && sameAgency(k)),
          draws[source].sameAgency,
          random,
        ],
        ['non-candidate', fresh.filter((k) => !candidates.has(k) && !sameAgency(k)), draws[source].other, random],
      ];
      const taken = new Set<string>();
      groups.push([
        'candidate of one agency',
        fresh.filter((k) => candidates.has(k) && sameAgency(k)),
        draws[source].agencyCandidates,
        second,
      ]);
      for (const [drawnFrom, all, count, stream] of groups) {
        const pool = all.filter((key) => !taken.has(key));
        console.log(`${source}: ${pool.length} ${drawnFrom} pairs, drawing ${count}`);
        for (const key of sample(pool, count, stream)) {
          taken.add(key);
          const [a, b] = key.split(' ') as [string, string];
          drawn.push({
            source,
            a,
            b,
            a_title: byId.get(a)?.title ?? '',
            b_title: byId.get(b)?.title ?? '',
            drawn_from: drawnFrom,
          });
        }
      }
    }
    writeFileSync(out, JSON.stringify(drawn, null, 1));
  } finally {
    await app.close();
    if (!wasRunning) await stop(instance);
  }
};

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
