import { dependentsLimit, entities, rowKey, type EntityDefinition } from '../domain/catalog.js';
import { integer } from '../db/integer.js';
import { tableQueries } from './table-queries.js';
import type { QueryName } from '../db/query-names.js';
import type { Database, Tx } from '../db/database.js';
import { NotFound } from '../domain/errors.js';
import type { StoredRows } from './row-changes.js';
import { canonicalRow, type CanonicalRow } from '../import/canonical.js';

// The rows of the funding map as the tables of the catalog (server/domain/catalog.ts): CRUD, import, export and
// undo read them here.

/** Rows of one table as they stand in the graph, keyed, with their versions; `keys` null reads the whole table. */
export const readStoredRows = async (tx: Tx, entity: EntityDefinition, keys: string[] | null): Promise<StoredRows> => {
  const params = entity.label === null ? { keys } : { ids: keys };
  const rows = await tx.run<{ row: Record<string, unknown> }>(tableQueries[entity.name].read, params);
  return new Map(
    rows.map(({ row }) => {
      const canonical = canonicalRow(entity, row);
      // Rows written before versions existed count as version 0.
      const version = typeof row.version === 'number' ? row.version : 0;
      return [rowKey(entity, canonical), { row: canonical, version }];
    }),
  );
};

/** Rows of one table as they stand in the graph, keyed; `keys` null reads the whole table. */
export const readRows = async (
  tx: Tx,
  entity: EntityDefinition,
  keys: string[] | null,
): Promise<Map<string, CanonicalRow>> =>
  new Map([...(await readStoredRows(tx, entity, keys))].map(([key, { row }]) => [key, row]));

/** The whole funding map in the interchange format, table by table. */
export const readMap = async (tx: Tx): Promise<Record<string, CanonicalRow[]>> => {
  const map: Record<string, CanonicalRow[]> = {};
  for (const entity of entities) map[entity.name] = [...(await readRows(tx, entity, null)).values()];
  return map;
};

export interface VersionedRow {
  row: CanonicalRow;
  version: number;
}

/** One row with its version, inside a unit of work. */
export const readStoredRow = async (tx: Tx, entity: EntityDefinition, key: string): Promise<VersionedRow | undefined> =>
  (await readStoredRows(tx, entity, [key])).get(key);

/** One row with its version; NotFound when there is none. */
export const getRow = async (db: Database, entity: EntityDefinition, key: string): Promise<VersionedRow> => {
  const found = await db.readTransaction((tx) => readStoredRow(tx, entity, key));
  if (!found) throw NotFound.of(entity.singular, key);
  return found;
};

export interface Dependent {
  entity: string;
  id: string;
}

/** Rows that refer to one node (at most dependentsLimit), which keep it from being deleted. */
export const readDependents = async (tx: Tx, entity: EntityDefinition, key: string): Promise<Dependent[]> => {
  const query = tableQueries[entity.name].dependents;
  return query === undefined ? [] : tx.run<Dependent>(query, { id: key, limit: integer(dependentsLimit) });
};

/** Which of `ids` are nodes of `label` in the graph. */
export const existingIds = async (tx: Tx, label: string | null, ids: string[]): Promise<Set<string>> =>
  new Set((await tx.run<{ id: string }>('import/existing-ids', { label, ids })).map(({ id }) => id));

/** The stored links of a reference a table makes to itself (an agency's parent), to find cycles an upload would make. */
export const readSelfLinks = async (tx: Tx, query: QueryName): Promise<Array<{ id: string; parent_id: string }>> =>
  tx.run<{ id: string; parent_id: string }>(query);
