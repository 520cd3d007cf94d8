import { randomUUID } from 'node:crypto';
import type { Database, Tx } from '../db/database.js';
import type { Actor } from '../domain/actor.js';
import { recordAudit } from './audit-repository.js';
import { applyRowChanges } from './apply-row-changes.js';
import { changedFields, countChanges, scopedKey, type RowChange } from './row-changes.js';
import { stringifyInTurns } from '../import/event-loop-turns.js';

// The one way rows of the funding map are written (imports, row edits, undo). In a single write transaction
// (which holds the MapLock, so writers queue) it numbers the change, lets the caller read and decide, writes
// the rows, keeps the change-set and records the audit entry: all of it commits, or none of it.

export interface MapWrite<T> {
  kind: 'import' | 'edit' | 'undo';
  action: string;
  changes: RowChange[];
  /** Current versions of the rows, by table:key (absent: version 0). */
  versions: ReadonlyMap<string, number>;
  result: T;
  /** Counts for the audit entry (an import's per-table report); else counted from the changes. */
  counts?: Record<string, unknown>;
  /** Change-sets this write undoes. */
  undoes?: string[];
  /** Record the audit entry even when nothing changed (an import of identical data still happened). */
  recordUnchanged?: boolean;
  detail?: string;
  /** Tables the audit entry names, when more than the changed ones (an import names every table it read). */
  tables?: string[];
}

export interface WriteContext {
  seq: number;
  at: string;
  /** The id this write's change-set gets, if it keeps one. */
  changeSetId: string;
}

export interface Written<T> {
  result: T;
  changeSetId: string | null;
  seq: number;
  at: string;
}

/** Field-level old/new values for edits of a few rows; an import's detail stays in its change-set. */
const fieldDetailLimit = 20;

const saveChangeSet = async (tx: Tx, actor: Actor, id: string, seq: number, at: string, write: MapWrite<unknown>) => {
  await tx.run('changes/save', {
    id,
    seq,
    at,
    kind: write.kind,
    action: write.action,
    actor_id: actor.id,
    actor_kind: actor.kind,
    actor_label: actor.label,
    counts: JSON.stringify(countChanges(write.changes)),
    rows: await stringifyInTurns(write.changes),
    touched: write.changes.map(scopedKey),
    undoes: write.undoes ?? [],
  });
};

export const writeMap = async <T>(
  db: Database,
  actor: Actor,
  work: (tx: Tx, context: WriteContext) => Promise<MapWrite<T>>,
): Promise<Written<T>> =>
  db.writeTransaction(async (tx) => {
    const [taken] = await tx.run<{ seq: number }>('changes/take-sequence');
    const seq = taken?.seq ?? 0;
    const at = new Date().toISOString();
    const context = { seq, at, changeSetId: randomUUID() };
    const write = await work(tx, context);
    // An undo keeps its change-set even when the rows were already back: it is what marks the others undone.
    const keepsChangeSet = write.changes.length > 0 || (write.undoes ?? []).length > 0;
    if (!keepsChangeSet && !write.recordUnchanged) return { result: write.result, changeSetId: null, seq, at };
    await applyRowChanges(tx, write.changes, write.versions);
    const changeSetId = keepsChangeSet ? context.changeSetId : null;
    if (changeSetId) await saveChangeSet(tx, actor, changeSetId, seq, at, write);
    const fields = write.changes.length <= fieldDetailLimit ? write.changes.flatMap(changedFields) : undefined;
    await recordAudit(tx, actor, {
      action: write.action,
      at,
      tables: write.tables ?? [...new Set(write.changes.map((change) => change.table))],
      keys: write.changes.map((change) => change.key),
      counts: write.counts ?? countChanges(write.changes),
      ...(fields && fields.length > 0 ? { fields } : {}),
      changeSetId,
      ...(write.detail ? { detail: write.detail } : {}),
    });
    return { result: write.result, changeSetId, seq, at };
  });
