import type { EntityDefinition, EntityName } from '../domain/catalog.js';
import { sameRow, type CanonicalRow } from '../import/canonical.js';
import type { FieldChange } from '../contract/audit.js';
import { inTurns } from '../import/event-loop-turns.js';

// A write to the funding map as data: each row it touches with its value before and after (null: absent).
// Imports, row edits and undo all produce these, and one writer applies them.

export interface RowChange {
  table: EntityName;
  key: string;
  before: CanonicalRow | null;
  after: CanonicalRow | null;
}

export interface TableCounts {
  created: number;
  updated: number;
  unchanged: number;
  deleted: number;
}

export const emptyCounts = (): TableCounts => ({ created: 0, updated: 0, unchanged: 0, deleted: 0 });

/** Rows of one table as stored, each with the version its ETag carries. */
export type StoredRows = Map<string, { row: CanonicalRow; version: number }>;

/**
 * The difference between what a table holds and what an upload brings: new rows are created, differing rows
 * updated, equal rows left alone, and (replace only) rows missing from the upload deleted.
 */
export const diffTable = async (
  entity: EntityDefinition,
  existing: StoredRows,
  incoming: Array<{ key: string; data: CanonicalRow }>,
  replace: boolean,
): Promise<{ changes: RowChange[]; counts: TableCounts }> => {
  const counts = emptyCounts();
  const changes: RowChange[] = [];
  for await (const slice of inTurns(incoming))
    for (const row of slice) {
      const before = existing.get(row.key)?.row ?? null;
      if (before === null) counts.created += 1;
      else if (sameRow(before, row.data)) {
        counts.unchanged += 1;
        continue;
      } else counts.updated += 1;
      changes.push({ table: entity.name, key: row.key, before, after: row.data });
    }
  if (replace) {
    const kept = new Set(incoming.map((row) => row.key));
    for (const [key, { row }] of existing)
      if (!kept.has(key)) {
        counts.deleted += 1;
        changes.push({ table: entity.name, key, before: row, after: null });
      }
  }
  return { changes, counts };
};

export const kindOf = (change: RowChange): 'created' | 'updated' | 'deleted' =>
  change.before === null ? 'created' : change.after === null ? 'deleted' : 'updated';

/** The fields an update changed, each with its old and new value. */
export const changedFields = (change: RowChange): FieldChange[] => {
  if (change.before === null || change.after === null) return [];
  const { before, after } = change;
  return Object.keys({ ...before, ...after })
    .filter((field) => JSON.stringify(before[field] ?? null) !== JSON.stringify(after[field] ?? null))
    .map((field) => ({
      table: change.table,
      key: change.key,
      field,
      before: before[field] ?? null,
      after: after[field] ?? null,
    }));
};

/** Created, updated and deleted rows per table. */
export const countChanges = (changes: RowChange[]): Record<string, Omit<TableCounts, 'unchanged'>> => {
  const counts: Record<string, Omit<TableCounts, 'unchanged'>> = {};
  for (const change of changes) {
    counts[change.table] ??= { created: 0, updated: 0, deleted: 0 };
    counts[change.table]![kindOf(change)] += 1;
  }
  return counts;
};

export const scopedKey = (change: Pick<RowChange, 'table' | 'key'>): string => `${change.table}:${change.key}`;
