import { userInfo } from 'node:os';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { buildApp } from '../../server/app.js';
import { Database } from '../../server/db/database.js';
import { fiscalYearOf } from '../../server/domain/fiscal-year.js';
import { migrate } from '../../server/repositories/migration-repository.js';
import { localInstance, start, status, stop } from '../../scripts/neo4j/local-neo4j.js';
import { multipart } from '../../test/helpers/fixtures.js';
import {
  judgedSources,
  judgedSplits,
  pairKey,
  readJudgedSet,
  type JudgedPair,
  type JudgedSource,
} from './judged-set.js';
import { disagreements } from './disagreements.js';
import { formatScore } from './print-score.js';
import { scoreAgainstJudged, type ListedLevel } from './score.js';
import { cliActor } from '../../server/domain/actor.js';

// npm run eval [-- --keep] [--details]: imports the PA and CA portal files, one after the other, into the eval's own Neo4j
// (.neo4j/eval, port 7694 or BRAID_EVAL_NEO4J_PORT), asks the competing-releases analytic for every pair of every
// fiscal year and scores its levels against the judged pairs (test/fixtures/competing-judged/README.md), the dev
// split and the holdout split apart. --details lists each dev pair the analytic placed at another level, with the
// judge's reason (the holdout's are not listed: it is read only as a score).

const { values } = parseArgs({
  options: { keep: { type: 'boolean', default: false }, details: { type: 'boolean', default: false } },
});
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const judgedFile = join(repoRoot, 'test', 'fixtures', 'competing-judged', 'pairs.json');
const sourceFiles: Record<JudgedSource, string> = {
  'pa-portal': 'pa-grants-portal-2025.json',
  'ca-portal': 'ca-grants-portal-2025-06.json',
};
// Open-ended programs (no published close date) are closed on this day so that they take part, as
// docs/real-data.md shows for the CLI; the judged set includes pairs of them.
const openEndedCloses = '2026-06-30';

// Only what the eval reads of the answer; `level` is optional so the eval runs before the analytic has levels
// (every listed pair then counts as competing, which is what the list means today).
const listedPairs = z.object({
  total: z.number(),
  pairs: z.array(
    z.object({
      a: z.object({ id: z.string() }),
      b: z.object({ id: z.string() }),
      level: z.enum(['competing', 'similar', 'incidental']).optional(),
    }),
  ),
});

/** Imports one portal file, replacing the eval database's contents; answers each release's id and open date. */
const importSource = async (app: FastifyInstance, source: JudgedSource): Promise<Map<string, string>> => {
  const name = sourceFiles[source];
  const response = await app.inject({
    method: 'POST',
    url: `/api/import?source=${source}&mode=replace&open_ended_closes=${openEndedCloses}`,
    ...multipart([{ name, content: readFileSync(join(repoRoot, 'seed', 'real', name)) }]),
  });
  if (response.statusCode !== 200) throw new Error(`Importing ${name}: ${response.statusCode} ${response.body}`);
  const releases = await app.inject({ method: 'GET', url: '/api/releases?limit=5000' });
  const { items } = releases.json() as { items: Array<{ id: string; opens: string }> };
  return new Map(items.map((release) => [release.id, release.opens]));
};

const readPairs = async (app: FastifyInstance, fiscalYear: number | 'all') => {
  const response = await app.inject({
    method: 'GET',
    url: `/api/analytics/competing-releases?fiscal_year=${fiscalYear}&level=all&limit=5000`,
  });
  if (response.statusCode !== 200) throw new Error(`competing-releases: ${response.statusCode} ${response.body}`);
  return listedPairs.parse(response.json());
};

/**
 * Every pair of every fiscal year: the fiscal_year=all answer, and each year's answer (a pair is listed in the
 * year of either release; portal releases draw on no stream, so that is the year each opens in). The two must
 * agree; when they do not, the eval says so, since a user browsing year by year would miss the difference.
 */
const readListed = async (app: FastifyInstance, opens: Iterable<string>): Promise<Map<string, ListedLevel>> => {
  const levels = (body: z.infer<typeof listedPairs>) =>
    body.pairs.map((pair) => [pairKey(pair.a.id, pair.b.id), pair.level ?? 'competing'] as const);
  const all = await readPairs(app, 'all');
  const byYear = new Map<string, ListedLevel>();
  for (const year of [...new Set([...opens].map(fiscalYearOf))].sort()) {
    const body = await readPairs(app, year);
    if (body.total > body.pairs.length)
      throw new Error(`competing-releases lists ${body.total} pairs in FY${year}, more than one answer holds`);
    for (const [key, level] of levels(body)) byYear.set(key, level);
  }
  if (all.total > all.pairs.length) return byYear;
  const listed = new Map(levels(all));
  const missing = [...listed.keys()].filter((key) => !byYear.has(key));
  if (missing.length > 0)
    console.log(
      `\nWARNING: the fiscal-year answers miss ${missing.length} of the ${listed.size} pairs fiscal_year=all lists ` +
        `(for example ${missing.slice(0, 3).join(', ')}); scored on fiscal_year=all.`,
    );
  return listed;
};

const inSplit = (judged: JudgedPair[], split: JudgedPair['split']) => judged.filter((pair) => pair.split === split);

const evaluateSource = async (app: FastifyInstance, source: JudgedSource, judged: JudgedPair[]) => {
  const imported = await importSource(app, source);
  const unknown = judged.flatMap((pair) => [pair.a, pair.b]).filter((id) => !imported.has(id));
  if (unknown.length > 0)
    throw new Error(`${source}: judged releases the import does not have: ${[...new Set(unknown)].join(', ')}`);
  const listed = await readListed(app, imported.values());
  const judgedKeys = new Set(judged.map((pair) => pairKey(pair.a, pair.b)));
  const unjudged = [...listed.keys()].filter((key) => !judgedKeys.has(key)).length;
  console.log(`\n${source}: ${imported.size} releases, ${listed.size} pairs listed (${unjudged} not judged)`);
  for (const split of judgedSplits)
    console.log(`\n${formatScore(`${source}, ${split}`, scoreAgainstJudged(inSplit(judged, split), listed))}`);
  if (values.details) console.log(['', ...disagreements(inSplit(judged, 'dev'), listed)].join('\n'));
  return listed;
};

const main = async (): Promise<void> => {
  const judged = readJudgedSet(judgedFile);
  const instance = localInstance('eval', Number(process.env.BRAID_EVAL_NEO4J_PORT ?? 7694));
  const wasRunning = (await status(instance)) !== 'stopped';
  const connection = await start(instance);
  // The schema first, on its own: on a fresh database it takes longer than Fastify gives a plugin to start.
  const db = new Database(connection);
  await migrate(db).finally(() => db.close());
  // The evaluation imports and reads through the API as the person running it.
  const app = await buildApp({
    config: { LOG_LEVEL: 'error', BRAID_UPLOAD_LIMIT_MB: 50 },
    connection,
    defaultActor: cliActor(userInfo().username),
  });
  try {
    const listed = new Map<string, ListedLevel>();
    for (const source of judgedSources) {
      const found = await evaluateSource(
        app,
        source,
        judged.filter((pair) => pair.source === source),
      );
      found.forEach((level, key) => listed.set(key, level));
    }
    for (const split of judgedSplits)
      console.log(
        `\n${formatScore(`PA and CA together, ${split}`, scoreAgainstJudged(inSplit(judged, split), listed))}`,
      );
  } finally {
    await app.close();
    if (!wasRunning && !values.keep) await stop(instance);
  }
};

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
