import { analyticsReads } from '../../server/repositories/analytics-inputs.js';
import { benchCases } from '../cases.js';
import { baselineReads, runBench, type BenchContext } from '../context.js';
import { interleaved, timed } from '../measure.js';
import type { BenchRow } from '../table.js';

// Each analytic in process (one read transaction, no HTTP) against its baselines read once, one after the other.

export const analyticsRows = async (bench: BenchContext): Promise<BenchRow[]> => {
  const rows: BenchRow[] = [];
  for (const benchCase of benchCases.filter((candidate) => bench.wanted(candidate.name))) {
    const reads = baselineReads(benchCase, bench.samples);
    const { path, floor } = await interleaved(
      bench.runs,
      () => timed(() => bench.db.readTransaction((tx) => benchCase.run(analyticsReads(tx), bench.samples))),
      () =>
        timed(async () => {
          for (const { query, params } of reads) await runBench(bench.db, query, params);
        }),
    );
    rows.push({ section: 'analytic', path: benchCase.name, unit: 'ms', braid: path, floor, target: 2 });
  }
  return rows;
};
