import type { UndoConflictRow } from '../contract/changes.js';
import { sameRow, type CanonicalRow } from '../import/canonical.js';
import { scopedKey, type RowChange } from './row-changes.js';

// Pure part of undo: walking change-sets newest first, each row must still hold what the change-set left
// (else a later change touched it); the row's value before becomes the new expected state.

export interface SetToUndo {
  id: string;
  rows: RowChange[];
}

export interface UndoPlan {
  changes: RowChange[];
  conflicts: UndoConflictRow[];
}

const same = (a: CanonicalRow | null, b: CanonicalRow | null): boolean =>
  a === null || b === null ? a === b : sameRow(a, b);

/** Which later change-sets must be undone first so that undoing the target finds its rows as it left them. */
export const laterToUndo = <T extends { kind: string; touched: string[] }>(targetKeys: string[], later: T[]): T[] => {
  const keys = new Set(targetKeys);
  const chosen: T[] = [];
  // Oldest first: a set is needed if it touched a needed row; the rows it touched are then needed too.
  for (const set of later)
    if (set.kind !== 'undo' && set.touched.some((key) => keys.has(key))) {
      chosen.push(set);
      for (const key of set.touched) keys.add(key);
    }
  return chosen;
};

/**
 * The row changes that revert `sets` (newest first) from the current rows, or the rows in the way.
 * `current` holds every touched row as stored now (absent: null).
 */
export const planUndo = (sets: SetToUndo[], current: ReadonlyMap<string, CanonicalRow | null>): UndoPlan => {
  const state = new Map(current);
  const conflicts: UndoConflictRow[] = [];
  for (const set of sets)
    for (const change of set.rows) {
      const key = scopedKey(change);
      const now = state.get(key) ?? null;
      if (!same(now, change.after))
        conflicts.push({
          table: change.table,
          key: change.key,
          reason: `changed after change-set ${set.id}`,
          expected: change.after,
          current: now,
        });
      state.set(key, change.before);
    }
  const changes: RowChange[] = [];
  for (const [key, after] of state) {
    const before = current.get(key) ?? null;
    if (same(before, after)) continue;
    const split = key.indexOf(':');
    changes.push({ table: key.slice(0, split) as RowChange['table'], key: key.slice(split + 1), before, after });
  }
  return { changes, conflicts };
};
