import { entities, type EntityName } from '../domain/catalog.js';
import type { Database, Tx } from '../db/database.js';
import { sameRow } from './canonical.js';
import { checkReferences } from './check-references.js';
import { ImportRejected } from './problems.js';
import { readRows } from './read-map.js';
import type { SourceRow } from './source-rows.js';
import { validateRows } from './validate-rows.js';
import { writeRows, type RowsByEntity } from './write-rows.js';

export type ImportMode = 'upsert' | 'replace';

export interface TableCounts {
  created: number;
  updated: number;
  unchanged: number;
  deleted: number;
}

export interface ImportReport {
  mode: ImportMode;
  rows: number;
  tables: Record<EntityName, TableCounts>;
}

const emptyCounts = (): TableCounts => ({ created: 0, updated: 0, unchanged: 0, deleted: 0 });

/**
 * Validates every row, then writes in one transaction: an upload with any problem is rejected whole
 * (ImportRejected lists them all) and the graph stays exactly as it was. Unchanged rows are not rewritten,
 * so importing the same file twice changes nothing.
 */
export const importRows = async (db: Database, rows: SourceRow[], mode: ImportMode): Promise<ImportReport> =>
  db.writeTransaction((tx) => importRowsIn(tx, rows, mode));

/** The import inside a caller's write transaction, for writes whose own checks must share it (CRUD). */
export const importRowsIn = async (tx: Tx, rows: SourceRow[], mode: ImportMode): Promise<ImportReport> => {
  const { valid, problems, keys } = validateRows(rows);
  const allProblems = [...problems, ...(await checkReferences(tx, valid, keys, mode === 'replace'))];
  if (allProblems.length > 0) throw new ImportRejected(allProblems);

  const tables = Object.fromEntries(entities.map((entity) => [entity.name, emptyCounts()])) as ImportReport['tables'];
  const changed: RowsByEntity = new Map();
  for (const entity of entities) {
    const incoming = valid.filter((row) => row.entity === entity);
    const existing = await readRows(tx, entity, mode === 'replace' ? null : incoming.map((row) => row.key));
    const counts = tables[entity.name];
    const toWrite = incoming.filter((row) => {
      const before = existing.get(row.key);
      if (!before) counts.created += 1;
      else if (sameRow(before, row.data)) counts.unchanged += 1;
      else counts.updated += 1;
      return mode === 'replace' || !before || !sameRow(before, row.data);
    });
    if (mode === 'replace') {
      const kept = new Set(incoming.map((row) => row.key));
      counts.deleted = [...existing.keys()].filter((key) => !kept.has(key)).length;
    }
    changed.set(entity, toWrite);
  }
  if (mode === 'replace') await tx.run('import/clear-map');
  await writeRows(tx, changed);
  return { mode, rows: valid.length, tables };
};
