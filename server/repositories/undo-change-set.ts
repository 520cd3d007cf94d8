import { dependentsLimit, entityByName, type EntityName } from '../domain/catalog.js';
import { integer } from '../db/integer.js';
import { tableQueries } from './table-queries.js';
import type { Database, Tx } from '../db/database.js';
import type { Actor } from '../domain/actor.js';
import type { UndoConflictRow } from '../contract/changes.js';
import { Conflict } from '../domain/errors.js';
import type { CanonicalRow } from '../import/canonical.js';
import { checkReferences } from '../import/check-references.js';
import { readStoredRows } from './rows-repository.js';
import { describeProblem } from '../domain/import-problems.js';
import type { ValidRow } from '../import/validate-rows.js';
import { readStoredChangeSet, rowsOf } from './change-set-repository.js';
import { writeMap } from './map-writer.js';
import { countChanges, scopedKey, type RowChange } from './row-changes.js';
import { laterToUndo, planUndo, type SetToUndo } from './undo-plan.js';

interface LaterSet {
  id: string;
  seq: number;
  at: string;
  kind: string;
  action: string;
  actor_label: string;
  touched: string[];
}

const refused = (detail: string, conflicts: UndoConflictRow[], later: LaterSet[]) =>
  new Conflict('Later changes are in the way', detail, {
    rows: conflicts,
    later: later.map(({ id, at, action, actor_label }) => ({ id, at, action, actor: actor_label })),
  });

/** Every touched row as stored now, by table:key (absent rows: null), with versions. */
const readCurrent = async (tx: Tx, keys: string[]) => {
  const byTable = new Map<EntityName, string[]>();
  for (const key of keys) {
    const split = key.indexOf(':');
    const table = key.slice(0, split) as EntityName;
    byTable.set(table, [...(byTable.get(table) ?? []), key.slice(split + 1)]);
  }
  const rows = new Map<string, CanonicalRow | null>(keys.map((key) => [key, null]));
  const versions = new Map<string, number>();
  for (const [table, tableKeys] of byTable)
    for (const [key, stored] of await readStoredRows(tx, entityByName(table), tableKeys)) {
      rows.set(`${table}:${key}`, stored.row);
      versions.set(`${table}:${key}`, stored.version);
    }
  return { rows, versions };
};

/** Rows outside the undo that refer to a row it would delete (they would be left dangling). */
const dependentsInTheWay = async (tx: Tx, changes: RowChange[]): Promise<UndoConflictRow[]> => {
  const deleting = new Set(changes.filter((change) => change.after === null).map(scopedKey));
  const conflicts: UndoConflictRow[] = [];
  for (const change of changes) {
    if (change.after !== null) continue;
    const entity = entityByName(change.table);
    const query = tableQueries[entity.name].dependents;
    if (entity.label === null || query === undefined) continue;
    const dependents = await tx.run<{ entity: string; id: string }>(query, {
      id: change.key,
      limit: integer(dependentsLimit),
    });
    if (entity.name === 'partnerships')
      for (const [key, stored] of await readStoredRows(tx, entityByName('requests'), null))
        if (stored.row.partnership_id === change.key) dependents.push({ entity: 'requests', id: key });
    for (const dependent of dependents)
      if (!deleting.has(`${dependent.entity}:${dependent.id}`))
        conflicts.push({
          table: dependent.entity,
          key: dependent.id,
          reason: `refers to ${entity.singular} "${change.key}", which the undo would delete`,
        });
  }
  return conflicts;
};

/** Rows the undo brings back must find what they refer to. */
const missingReferences = async (tx: Tx, changes: RowChange[], id: string): Promise<UndoConflictRow[]> => {
  const restored: ValidRow[] = changes.flatMap((change, index) =>
    change.after === null
      ? []
      : [
          {
            entity: entityByName(change.table),
            key: change.key,
            data: change.after,
            source: {
              entity: entityByName(change.table),
              file: `change-set ${id}`,
              row: index + 1,
              values: change.after,
            },
          },
        ],
  );
  const present = new Set(
    changes.filter((change) => change.after !== null).map((change) => `${change.table}:${change.key}`),
  );
  const problems = await checkReferences(tx, restored, present, false);
  return problems.map((problem, index) => ({
    table: restored[(problem.row ?? 1) - 1]?.entity.name ?? 'unknown',
    key: restored[(problem.row ?? 1) - 1]?.key ?? String(index),
    reason: describeProblem(problem).replace(/^change-set [^:]+: /, ''),
  }));
};

/**
 * Reverts a change-set in one transaction. Refuses (409, listing the rows) when later change-sets touched
 * its rows, unless `cascade` asks to undo those as well, newest first. An undo is itself a change-set.
 */
export const undoChangeSet = async (db: Database, actor: Actor, id: string, cascade: boolean) => {
  const written = await writeMap(db, actor, async (tx, context) => {
    const target = await readStoredChangeSet(tx, id);
    if (target.undone_by)
      throw new Conflict('Already undone', `Change-set ${id} was undone by change-set ${target.undone_by}.`);
    if (target.kind === 'undo')
      throw new Conflict(
        'An undo cannot be undone',
        'Undo reverts imports and edits; to bring those rows back, import or edit them again.',
      );
    const later = await tx.run<{ change: LaterSet }>('changes/later', { seq: target.seq });
    const laterSets = later.map(({ change }) => change);
    const chosen = cascade ? laterToUndo(target.touched ?? [], laterSets) : [];
    const sets: SetToUndo[] = [];
    for (const set of [...chosen].reverse())
      sets.push({ id: set.id, rows: rowsOf(await readStoredChangeSet(tx, set.id)) });
    sets.push({ id: target.id, rows: rowsOf(target) });

    const keys = [...new Set(sets.flatMap((set) => set.rows.map(scopedKey)))];
    const current = await readCurrent(tx, keys);
    const plan = planUndo(sets, current.rows);
    const inTheWay = (rows: UndoConflictRow[]) =>
      laterSets.filter(
        (set) =>
          !chosen.includes(set) && set.touched.some((key) => rows.some((row) => `${row.table}:${row.key}` === key)),
      );
    if (plan.conflicts.length > 0)
      throw refused(
        `${plan.conflicts.length} row(s) were changed after this change-set; undo with cascade=true to undo those later changes as well.`,
        plan.conflicts,
        inTheWay(plan.conflicts),
      );
    const blocked = [
      ...(await dependentsInTheWay(tx, plan.changes)),
      ...(await missingReferences(tx, plan.changes, id)),
    ];
    if (blocked.length > 0)
      throw refused(
        `${blocked.length} row(s) outside this change-set depend on what undoing it would change; change those first.`,
        blocked,
        inTheWay(blocked),
      );
    const undone = sets.map((set) => set.id);
    await tx.run('changes/mark-undone', { ids: undone, undone_by: context.changeSetId, at: context.at });
    return {
      kind: 'undo' as const,
      action: 'changes.undo',
      changes: plan.changes,
      versions: current.versions,
      undoes: undone,
      detail: `undid ${undone.join(', ')}`,
      result: { undone, counts: countChanges(plan.changes) },
    };
  });
  return { change_set_id: written.changeSetId ?? '', ...written.result };
};
