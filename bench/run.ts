import { parseArgs } from 'node:util';
import { buildApp } from '../server/app.js';
import { Database } from '../server/db/database.js';
import { migrate } from '../server/repositories/migration-repository.js';
import { localInstance, start } from '../scripts/neo4j/local-neo4j.js';
import { shellActor } from '../scripts/shell-actor.js';
import type { Samples } from './cases.js';
import { clearBench, runBench, type BenchContext } from './context.js';
import { analyticsRows } from './paths/analytics.js';
import { importRowsOfBench, loadSynthetic } from './paths/import.js';
import { loadRows } from './paths/load.js';
import { formatTable, type BenchRow } from './table.js';

// npm run bench [-- --quick] [--states 5 --seed 1 --runs 5 --only <section or path>]: every path of Braid
// against its floor, measured in turns in one run, as one table of ratios with their targets.
// See docs/performance.md.

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    states: { type: 'string' },
    seed: { type: 'string', default: '1' },
    runs: { type: 'string' },
    only: { type: 'string', multiple: true },
  },
});
const quick = values.quick;
const states = Number(values.states ?? (quick ? 1 : 5));
const seed = Number(values.seed);
const runs = Math.max(1, Number(values.runs ?? (quick ? 3 : 5)));
const only = values.only ?? [];

const sections: Array<{ name: string; rows: (bench: BenchContext) => Promise<BenchRow[]> }> = [
  // First: it loads the map the other sections read.
  { name: 'import', rows: importRowsOfBench },
  { name: 'analytic', rows: analyticsRows },
  { name: 'load', rows: loadRows },
];

const readSamples = async (db: Database): Promise<Samples> => {
  const [latest] = await db.read<{ latest_fiscal_year: number }>('analytics/shared/reference');
  const fiscalYear = Number(latest?.latest_fiscal_year);
  const [request] = await runBench(db, 'sample-request', { fiscal_year: fiscalYear });
  const [release] = await runBench(db, 'sample-release', { fiscal_year: fiscalYear });
  if (!request || !release) throw new Error('The bench map has no request or release in its latest fiscal year.');
  return {
    fiscalYear,
    partnershipId: String(request.partnership_id),
    solutionId: String(request.solution_id),
    draft: { ...(release as Omit<Samples['draft'], 'amount'>), amount: (release.amount as number | null) ?? undefined },
  };
};

/** When the import section does not run: the map it would leave, unless the database holds it already. */
const ensureLoaded = async (bench: BenchContext, label: string): Promise<void> => {
  const [current] = await runBench(bench.db, 'dataset-read');
  if (current?.label === label) return;
  console.log(`  loading the ${label} map...`);
  await clearBench(bench.db);
  await loadSynthetic(bench);
  await runBench(bench.db, 'dataset-write', { label });
};

const main = async (): Promise<void> => {
  // BRAID_BENCH_NEO4J_PORT: another port when 7693 is taken (engineers sharing one machine).
  const connection = await start(localInstance('bench', Number(process.env.BRAID_BENCH_NEO4J_PORT ?? 7693)));
  const db = new Database(connection);
  await migrate(db);
  // The API is read as an admin: every route needs a role.
  const app = await buildApp({
    config: { LOG_LEVEL: 'error', BRAID_UPLOAD_LIMIT_MB: 200 },
    connection,
    defaultActor: shellActor(),
  });
  try {
    await app.listen({ host: '127.0.0.1', port: 0 });
    const address = app.server.address();
    if (address === null || typeof address === 'string') throw new Error('the app is not listening on a port');
    const wanted = (name: string) => only.length === 0 || only.includes(name);
    const bench: BenchContext = {
      db,
      samples: undefined as unknown as Samples,
      runs,
      quick,
      states,
      seed,
      wanted,
      baseUrl: `http://127.0.0.1:${address.port}`,
    };
    console.log(
      `Synthetic map, ${states} state(s), seed ${seed}; ${runs} runs after a warm-up${quick ? ' (quick)' : ''}`,
    );
    const label = `synthetic states=${states} seed=${seed}`;
    const rows: BenchRow[] = [];
    for (const section of sections) {
      const started = Date.now();
      const named = only.some((name) => sections.some((candidate) => candidate.name === name));
      if (named && !only.includes(section.name)) continue;
      if (section.name === 'import' && !wanted('import')) {
        await ensureLoaded(bench, label);
        continue;
      }
      if (section.name !== 'import') bench.samples = await readSamples(db);
      const sectionBench = { ...bench, wanted: (name: string) => wanted(section.name) || wanted(name) };
      const found = await section.rows(sectionBench);
      if (section.name === 'import') await runBench(db, 'dataset-write', { label });
      rows.push(...found);
      console.log(`  ${section.name}: ${found.length} path(s) in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    }
    console.log(`\n${formatTable(rows)}`);
  } finally {
    await app.close();
    await db.close();
  }
};

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
