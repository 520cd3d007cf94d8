import { integer } from '../db/integer.js';
import type { ChangeSetDetail, ChangeSetSummary, TableDiff } from '../contract/changes.js';
import type { Database, Tx } from '../db/database.js';
import { NotFound } from '../domain/errors.js';
import { changedFields, kindOf, type RowChange } from './row-changes.js';

// Reading change-sets: the list, one with its rows, and the diff a person reads.

export interface StoredChangeSet {
  id: string;
  seq: number;
  at: string;
  kind: ChangeSetSummary['kind'];
  action: string;
  actor_id: string;
  actor_kind: string;
  actor_label: string;
  counts: string;
  rows?: string;
  touched?: string[];
  undoes?: string[] | null;
  undone_by?: string | null;
  undone_at?: string | null;
}

export const toSummary = (stored: StoredChangeSet): ChangeSetSummary => ({
  id: stored.id,
  seq: stored.seq,
  at: stored.at,
  kind: stored.kind,
  action: stored.action,
  actor: { id: stored.actor_id, kind: stored.actor_kind, label: stored.actor_label },
  counts: JSON.parse(stored.counts) as ChangeSetSummary['counts'],
  undoes: stored.undoes ?? [],
  undone_by: stored.undone_by ?? null,
  undone_at: stored.undone_at ?? null,
});

export const rowsOf = (stored: StoredChangeSet): RowChange[] =>
  stored.rows ? (JSON.parse(stored.rows) as RowChange[]) : [];

const withoutNulls = (row: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(row).filter(([, value]) => value !== null));

/** Rows added, changed (with each field's old and new value) and removed, table by table. */
export const diffByTable = (changes: RowChange[]): Record<string, TableDiff> => {
  const tables: Record<string, TableDiff> = {};
  for (const change of changes) {
    const table = (tables[change.table] ??= { added: [], changed: [], removed: [] });
    const kind = kindOf(change);
    if (kind === 'created') table.added.push({ key: change.key, row: withoutNulls(change.after ?? {}) });
    else if (kind === 'deleted') table.removed.push({ key: change.key, row: withoutNulls(change.before ?? {}) });
    else
      table.changed.push({
        key: change.key,
        fields: changedFields(change).map(({ field, before, after }) => ({ field, before, after })),
      });
  }
  return tables;
};

export const readStoredChangeSet = async (tx: Tx, id: string): Promise<StoredChangeSet> => {
  const [found] = await tx.run<{ change: StoredChangeSet }>('changes/read', { id });
  if (!found) throw NotFound.of('change-set', id);
  return found.change;
};

export const readChangeSet = async (db: Database, id: string): Promise<ChangeSetDetail> => {
  const stored = await db.readTransaction((tx) => readStoredChangeSet(tx, id));
  return { ...toSummary(stored), tables: diffByTable(rowsOf(stored)) };
};

export const listChangeSets = async (
  db: Database,
  query: { kind?: ChangeSetSummary['kind'] | undefined; limit: number; offset: number },
): Promise<{ items: ChangeSetSummary[]; total: number; limit: number; offset: number }> => {
  const [page] = await db.read<{ total: number; items: StoredChangeSet[] }>('changes/list', {
    kind: query.kind ?? null,
    offset: integer(query.offset),
    limit: integer(query.limit),
  });
  return {
    items: (page?.items ?? []).map(toSummary),
    total: page?.total ?? 0,
    limit: query.limit,
    offset: query.offset,
  };
};
