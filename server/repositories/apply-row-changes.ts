import type { QueryName } from '../db/query-names.js';
import { entities, entityByName, type EntityDefinition } from '../domain/catalog.js';
import { tableQueries } from './table-queries.js';
import type { Tx } from '../db/database.js';
import { writeRows, type RowsByEntity } from './write-rows.js';
import { scopedKey, type RowChange } from './row-changes.js';
import { inTurns } from '../import/event-loop-turns.js';

const batchSize = 2000;

const inBatches = async <T>(items: T[], run: (batch: T[]) => Promise<unknown>): Promise<void> => {
  for (let start = 0; start < items.length; start += batchSize) await run(items.slice(start, start + batchSize));
};

const deleteParams = (table: string, keys: string[]) => {
  if (table === 'requests')
    return keys.map((key) => {
      const [partnership_id, solution_id] = key.split('|');
      return { partnership_id, solution_id };
    });
  return keys;
};

/**
 * Writes row changes inside the caller's transaction: deletions first (relationship tables before the nodes
 * they hang on), then every created or updated row with its next version. Unchanged rows are never passed in.
 */
/** The query deleting rows of a table without nodes of its own (requests, awards). */
const relationshipDelete = (entity: EntityDefinition): QueryName => {
  const query = tableQueries[entity.name].delete;
  if (query === undefined) throw new Error(`no query deletes rows of ${entity.name} (table-queries.ts)`);
  return query;
};

export const applyRowChanges = async (
  tx: Tx,
  changes: RowChange[],
  versions: ReadonlyMap<string, number>,
): Promise<void> => {
  const deleted = new Map<string, string[]>();
  const written: RowsByEntity = new Map();
  for await (const slice of inTurns(changes))
    for (const change of slice) {
      if (change.after === null) {
        const keys = deleted.get(change.table) ?? [];
        keys.push(change.key);
        deleted.set(change.table, keys);
        continue;
      }
      const entity = entityByName(change.table);
      const rows = written.get(entity) ?? [];
      rows.push({ key: change.key, data: change.after, version: (versions.get(scopedKey(change)) ?? 0) + 1 });
      written.set(entity, rows);
    }
  for (const entity of [...entities].reverse()) {
    const keys = deleted.get(entity.name) ?? [];
    if (keys.length === 0) continue;
    await inBatches(keys, (batch) =>
      entity.label === null
        ? tx.run(relationshipDelete(entity), { keys: deleteParams(entity.name, batch) })
        : tx.run('changes/delete-nodes', { label: entity.label, ids: batch }),
    );
  }
  await writeRows(tx, written);
};
