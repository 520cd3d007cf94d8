import { entities, rowKey, type EntityDefinition } from '../domain/catalog.js';
import type { Tx } from '../db/database.js';
import type { StoredRows } from '../repositories/row-changes.js';
import { canonicalRow, type CanonicalRow } from './canonical.js';

/** Rows of one table as they stand in the graph, keyed, with their versions; `keys` null reads the whole table. */
export const readStoredRows = async (tx: Tx, entity: EntityDefinition, keys: string[] | null): Promise<StoredRows> => {
  const params = entity.label === null ? { keys } : { ids: keys };
  const rows = await tx.run<{ row: Record<string, unknown> }>(`entities/${entity.name}/read`, params);
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
