import autocannon from 'autocannon';
import { entityByName, type EntityName } from '../../server/domain/catalog.js';
import { benchCases } from '../cases.js';
import { baselineReads, runBench, type BenchContext } from '../context.js';
import { median, percentile } from '../measure.js';
import type { BenchRow } from '../table.js';

// The API under concurrent load: autocannon against the real server (HTTP, JSON, auth, zod serialisation
// included), and as its floor the endpoint's own Cypher through the driver with as many requests in flight.
// Each figure is the p95 latency; the two sides take turns and the median p95 of the turns is kept.

const listed: EntityName[] = ['funding_streams', 'releases', 'requests'];
const pageSize = 50;

/** p95 of `amount` requests to one URL with `connections` in flight; any non-2xx stops the bench. */
const cannon = (url: string, connections: number, amount: number): Promise<number[]> =>
  new Promise((resolve, reject) => {
    const latencies: number[] = [];
    const instance = autocannon({ url, connections, amount, timeout: 300 }, (error, result) => {
      if (error) reject(error);
      else if (result.non2xx > 0 || result.errors > 0 || result.timeouts > 0)
        reject(new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts`));
      else resolve(latencies);
    });
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });

/** The same number of units of work through the driver, `connections` at a time; each unit's latency. */
const driverLoad = async (work: () => Promise<unknown>, connections: number, amount: number): Promise<number[]> => {
  const latencies: number[] = [];
  let started = 0;
  const worker = async () => {
    while (started < amount) {
      started += 1;
      const begun = performance.now();
      await work();
      latencies.push(performance.now() - begun);
    }
  };
  await Promise.all(Array.from({ length: connections }, worker));
  return latencies;
};

interface LoadCase {
  path: string;
  url: string;
  floor: () => Promise<unknown>;
  target: number;
  heavy: boolean;
}

const listCases = async (bench: BenchContext): Promise<LoadCase[]> =>
  Promise.all(
    listed.map(async (name) => {
      const entity = entityByName(name);
      // The floor reads the same page of rows with the entity's own read query, as the list answers them.
      const rows = await bench.db.read<{ row: Record<string, unknown> }>(`entities/${name}/read`, {
        [entity.label === null ? 'keys' : 'ids']: null,
      });
      const keys = rows.slice(0, pageSize).map(({ row }) => entity.key.map((column) => String(row[column])).join('|'));
      const params = { [entity.label === null ? 'keys' : 'ids']: keys };
      return {
        path: `GET /api/${entity.path}?limit=${pageSize}`,
        url: `${bench.baseUrl}/api/${entity.path}?limit=${pageSize}`,
        floor: () => bench.db.read(`entities/${name}/read`, params),
        target: 1.5,
        heavy: false,
      };
    }),
  );

const analyticCases = (bench: BenchContext): LoadCase[] =>
  benchCases
    .filter((benchCase) => benchCase.url)
    .map((benchCase) => {
      const reads = baselineReads(benchCase, bench.samples);
      return {
        path: benchCase.name,
        url: `${bench.baseUrl}${benchCase.url?.(bench.samples) ?? ''}`,
        floor: async () => {
          for (const { query, params } of reads) await runBench(bench.db, query, params);
        },
        target: 2,
        heavy: true,
      };
    });

export const loadRows = async (bench: BenchContext): Promise<BenchRow[]> => {
  const connections = bench.quick ? 4 : 10;
  const turns = bench.quick ? 1 : 2;
  const cases = [...(await listCases(bench)), ...analyticCases(bench)].filter((loadCase) =>
    bench.wanted(loadCase.path),
  );
  const rows: BenchRow[] = [];
  for (const loadCase of cases) {
    const amount = (loadCase.heavy ? 2 : 10) * connections * (bench.quick ? 1 : 2);
    await cannon(loadCase.url, connections, connections);
    await driverLoad(loadCase.floor, connections, connections);
    const paths: number[] = [];
    const floors: number[] = [];
    for (let turn = 0; turn < turns; turn++) {
      paths.push(percentile(await cannon(loadCase.url, connections, amount), 95));
      floors.push(percentile(await driverLoad(loadCase.floor, connections, amount), 95));
    }
    rows.push({
      section: `load x${connections}`,
      path: loadCase.path,
      unit: 'ms p95',
      braid: median(paths),
      floor: median(floors),
      target: loadCase.target,
    });
  }
  return rows;
};
