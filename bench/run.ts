import { parseArgs } from 'node:util';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Database, plainRows, type Tx } from '../server/db/database.js';
import { migrate } from '../server/db/migrate.js';
import { loadQueries } from '../server/db/queries.js';
import { generateSynthetic } from '../seed/synthetic/generate.js';
import { localInstance, start } from '../scripts/neo4j/local-neo4j.js';
import { benchCases, type Samples } from './cases.js';
import { loadBundle, scopeStatewideToState } from './load-synthetic.js';

// npm run bench [-- --states 50 --seed 1 --runs 5 --reload]: the median time of each analytic on the synthetic
// map, and its ratio to a baseline that reads the same input once (target: 3x at most). See docs/performance.md.

const { values } = parseArgs({
  options: {
    states: { type: 'string', default: '50' },
    seed: { type: 'string', default: '1' },
    runs: { type: 'string', default: '5' },
    only: { type: 'string' },
    reload: { type: 'boolean', default: false },
  },
});
const states = Number(values.states);
const seed = Number(values.seed);
const runs = Math.max(1, Number(values.runs));
const benchQueries = loadQueries(join(dirname(fileURLToPath(import.meta.url)), 'cypher'));
const benchQuery = (name: string): string => {
  const text = benchQueries.get(name);
  if (!text) throw new Error(`No bench query bench/cypher/${name}.cypher`);
  return text;
};

const runBench = async (db: Database, name: string, params: Record<string, unknown> = {}) =>
  plainRows<Record<string, unknown>>(await db.driver.executeQuery(benchQuery(name), params, { database: db.database }));

const ensureLoaded = async (db: Database): Promise<void> => {
  const label = `synthetic states=${states} seed=${seed} statewide-scoped`;
  const [current] = await runBench(db, 'dataset-read');
  if (current?.label === label && !values.reload) return;
  console.log(`Loading the ${label} map (once; --reload to force)...`);
  const started = Date.now();
  await runBench(db, 'clear');
  await loadBundle(db, scopeStatewideToState(generateSynthetic({ states, seed })), console.log);
  await runBench(db, 'dataset-write', { label });
  console.log(`  loaded in ${((Date.now() - started) / 1000).toFixed(0)} s`);
};

const median = (times: number[]): number => {
  const sorted = [...times].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

const timeMedian = async (work: () => Promise<unknown>): Promise<number> => {
  await work();
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  return median(times);
};

const readSamples = async (db: Database, fiscalYear: number): Promise<Samples> => {
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

const main = async (): Promise<void> => {
  // BRAID_BENCH_NEO4J_PORT: another port when 7693 is taken (engineers sharing one machine).
  const connection = await start(localInstance('bench', Number(process.env.BRAID_BENCH_NEO4J_PORT ?? 7693)));
  const db = new Database(connection);
  try {
    await migrate(db);
    await ensureLoaded(db);
    const [latest] = await db.read<{ latest_fiscal_year: number }>('analytics/input/reference');
    const fiscalYear = Number(latest?.latest_fiscal_year);
    const samples = await readSamples(db, fiscalYear);
    console.log(`\nFY${fiscalYear}, median of ${runs} runs after one warm-up (ms)\n`);
    console.log('analytic                 analytic   baseline   ratio');
    for (const benchCase of benchCases.filter((candidate) => !values.only || candidate.name === values.only)) {
      const analytic = await timeMedian(() => db.readTransaction((tx: Tx) => benchCase.run(tx, samples)));
      const baseline = await timeMedian(async () => {
        for (const { query, params } of benchCase.baselines)
          await runBench(db, query, { fiscal_year: fiscalYear, partnership_id: null, ...params?.(samples) });
      });
      console.log(
        `${benchCase.name.padEnd(24)} ${analytic.toFixed(0).padStart(8)}   ${baseline.toFixed(0).padStart(8)}   ${(analytic / baseline).toFixed(2).padStart(5)}x`,
      );
    }
  } finally {
    await db.close();
  }
};

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
