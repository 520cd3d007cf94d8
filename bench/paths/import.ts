import type { EntityDefinition } from '../../server/domain/catalog.js';
import { importRows } from '../../server/import/import-upload.js';
import { readJson } from '../../server/import/read-json.js';
import { readMap } from '../../server/repositories/rows-repository.js';
import type { SourceRow } from '../../server/import/source-rows.js';
import { validateRows } from '../../server/import/validate-rows.js';
import { writeRows, type VersionedRow } from '../../server/repositories/write-rows.js';
import { generateSynthetic } from '../../seed/synthetic/generate.js';
import type { Bundle } from '../../seed/synthetic/bundle.js';
import { shellActor } from '../../scripts/shell-actor.js';
import { clearBench, type BenchContext } from '../context.js';
import { median, timed } from '../measure.js';
import type { BenchRow } from '../table.js';

// Importing the synthetic map through the app (validation, reference checks, the difference, change-set,
// audit entry, MapLock) against a plain writer of the same rows: the app's own UNWIND statements in batches,
// in one transaction, with nothing else. The section leaves the map loaded for the sections after it.

const sourceRows = (bundle: Bundle): SourceRow[] => {
  const { rows, problems } = readJson('synthetic.json', JSON.stringify(bundle));
  if (problems.length > 0) throw new Error(`the synthetic map does not read: ${JSON.stringify(problems.slice(0, 3))}`);
  return rows;
};

/** The same map with a tenth of the streams and releases changed and a twentieth of requests and awards gone. */
const revised = (bundle: Bundle): Bundle => ({
  ...bundle,
  funding_streams: bundle.funding_streams.map((row, index) =>
    index % 10 === 0 ? { ...row, name: `${String(row.name)} (revised)` } : row,
  ),
  releases: bundle.releases.map((row, index) =>
    index % 10 === 0 ? { ...row, title: `${String(row.title)} (revised)` } : row,
  ),
  requests: bundle.requests.filter((_, index) => index % 20 !== 0),
  awards: bundle.awards.filter((_, index) => index % 20 !== 0),
});

const plainWrite = (bench: BenchContext, rows: SourceRow[]) => {
  const byEntity = new Map<EntityDefinition, VersionedRow[]>();
  for (const { entity, key, data } of validateRows(rows).valid)
    byEntity.set(entity, [...(byEntity.get(entity) ?? []), { key, data, version: 1 }]);
  return () => bench.db.writeTransaction((tx) => writeRows(tx, byEntity));
};

/** The synthetic map of the bench's size, imported through the app onto an empty database. */
export const loadSynthetic = async (bench: BenchContext): Promise<void> => {
  await importRows(
    bench.db,
    sourceRows(generateSynthetic({ states: bench.states, seed: bench.seed })),
    'upsert',
    shellActor(),
  );
};

export const importRowsOfBench = async (bench: BenchContext): Promise<BenchRow[]> => {
  const bundle = generateSynthetic({ states: bench.states, seed: bench.seed });
  const rows = sourceRows(bundle);
  const revisedRows = sourceRows(revised(bundle));
  const actor = shellActor();
  const turns = bench.quick ? 1 : 3;
  const clear = () => clearBench(bench.db);
  const writePlain = plainWrite(bench, rows);
  const fresh: number[] = [];
  const plain: number[] = [];
  // The plain writer first in each turn, so that every turn ends with the map as the app imports it.
  for (let turn = 0; turn < turns; turn++) {
    await clear();
    plain.push(await timed(writePlain));
    await clear();
    fresh.push(await timed(() => importRows(bench.db, rows, 'upsert', actor)));
  }
  const noOp: number[] = [];
  const read: number[] = [];
  const replace: number[] = [];
  for (let turn = 0; turn < turns; turn++) {
    noOp.push(await timed(() => importRows(bench.db, rows, 'replace', actor)));
    read.push(await timed(() => bench.db.readTransaction(readMap)));
    replace.push(await timed(() => importRows(bench.db, revisedRows, 'replace', actor)));
    replace.push(await timed(() => importRows(bench.db, rows, 'replace', actor)));
  }
  const section = `import ${rows.length} rows`;
  return [
    { section, path: 'fresh', unit: 'ms', braid: median(fresh), floor: median(plain), target: 1.25 },
    {
      section,
      path: 'no-op re-import',
      unit: 'ms',
      braid: median(noOp),
      floor: median(read),
      target: 2,
      note: 'floor: one read of the map',
    },
    {
      section,
      path: 'replace (10% changed)',
      unit: 'ms',
      braid: median(replace),
      floor: median(fresh),
      target: 1.25,
      note: 'floor: a fresh import',
    },
  ];
};
