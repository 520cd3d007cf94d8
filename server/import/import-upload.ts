import { entities, type EntityName } from '../domain/catalog.js';
import type { Database } from '../db/database.js';
import type { Actor } from '../domain/actor.js';
import { writeMap } from '../repositories/map-writer.js';
import { diffTable, type RowChange, type TableCounts } from '../repositories/row-changes.js';
import { checkReferences } from './check-references.js';
import { readStoredRows } from '../repositories/rows-repository.js';
import type { SourceRow } from './source-rows.js';
import { validateRows, type ValidatedRows, type ValidRow } from './validate-rows.js';
import { inTurns } from './event-loop-turns.js';
import { Invalid, Conflict } from '../domain/errors.js';

export type ImportMode = 'upsert' | 'replace';
export type { TableCounts };

export interface ImportReport {
  mode: ImportMode;
  rows: number;
  tables: Record<EntityName, TableCounts>;
  /** The change-set that can undo this import; null when it changed nothing. */
  change_set_id: string | null;
}

export interface ImportOptions {
  /** Replace may empty a table the upload has no rows for (`?confirm=delete-missing`). */
  confirmDeleteMissing?: boolean;
}

/** The word that confirms a replace which empties tables. */
export const confirmDeleteMissing = 'delete-missing';

/**
 * A replace that would delete every row of a table the upload has none for: an empty or foreign file, or a
 * header-only CSV, must not wipe the map by accident.
 */
const refuseEmptiedTables = (emptied: Array<{ table: EntityName; rows: number }>): Conflict =>
  new Conflict(
    'Replace would empty tables',
    `The upload has no rows for ${emptied.map(({ table, rows }) => `${table} (${rows} in the map)`).join(', ')}; replacing would delete all of them. Nothing was changed. To replace anyway, send confirm=${confirmDeleteMissing}.`,
    { tables: emptied },
  );

/**
 * Validates every row (unless `prepareUpload` did), then writes in one transaction: an upload with any problem is rejected whole
 * (Invalid lists them all) and the graph stays exactly as it was. Only the difference is written
 * (created and changed rows; with replace, deleting the rows the upload no longer has), computed inside the
 * write transaction, and kept as a change-set so the import can be undone.
 */
export const importRows = async (
  db: Database,
  rows: SourceRow[] | ValidatedRows,
  mode: ImportMode,
  actor: Actor,
  options: ImportOptions = {},
): Promise<ImportReport> => {
  const { valid, checkable, problems, keys } = Array.isArray(rows) ? validateRows(rows) : rows;
  const replace = mode === 'replace';
  const written = await writeMap(db, actor, async (tx) => {
    const allProblems = [...problems, ...(await checkReferences(tx, checkable, keys, replace, valid))];
    if (allProblems.length > 0) throw Invalid.rows(allProblems);

    const tables = {} as Record<EntityName, TableCounts>;
    const changes: RowChange[] = [];
    const versions = new Map<string, number>();
    const byEntity = new Map<EntityName, ValidRow[]>(entities.map((entity) => [entity.name, []]));
    for await (const slice of inTurns(valid)) for (const row of slice) byEntity.get(row.entity.name)?.push(row);
    for (const entity of entities) {
      const incoming = byEntity.get(entity.name) ?? [];
      const existing = await readStoredRows(tx, entity, replace ? null : incoming.map((row) => row.key));
      const diff = await diffTable(entity, existing, incoming, replace);
      tables[entity.name] = diff.counts;
      // One by one: push(...changes) overflows the stack for tables of 125k+ rows.
      for (const change of diff.changes) changes.push(change);
      for (const [key, { version }] of existing) versions.set(`${entity.name}:${key}`, version);
    }
    const emptied = entities
      .filter((entity) => tables[entity.name].deleted > 0 && byEntity.get(entity.name)?.length === 0)
      .map((entity) => ({ table: entity.name, rows: tables[entity.name].deleted }));
    if (replace && emptied.length > 0 && !options.confirmDeleteMissing) throw refuseEmptiedTables(emptied);
    return {
      kind: 'import' as const,
      action: `import.${mode}`,
      changes,
      versions,
      counts: tables,
      tables: entities.map((entity) => entity.name).filter((name) => replace || (byEntity.get(name)?.length ?? 0) > 0),
      recordUnchanged: true,
      result: { mode, rows: valid.length, tables },
    };
  });
  return { ...written.result, change_set_id: written.changeSetId };
};
