import { integer } from '../db/integer.js';
import { tableQueries } from './table-queries.js';
import { listColumns, type EntityDefinition } from '../domain/catalog.js';
import type { Database } from '../db/database.js';
import { canonicalRow, type CanonicalRow } from '../import/canonical.js';

// One page of a table for the rows API: filtered, searched, sorted and paged by Cypher
// (cypher/entities/<table>/list.cypher), counted by its twin count.cypher, so a page reads and sends only its rows.

export interface RowListQuery {
  /** Column -> wanted value: equal as text, or contained by a list column. */
  filters: Record<string, string>;
  q?: string;
  /** A column from `sortableColumns`, `-` first for descending. */
  sort?: string;
  limit: number;
  offset: number;
}

/** Columns a list can be sorted by: every column but the lists. */
export const sortableColumns = (entity: EntityDefinition): string[] =>
  entity.columns.filter((column) => !listColumns.has(column));

export const listRowPage = async (
  db: Database,
  entity: EntityDefinition,
  { filters, q, sort, limit, offset }: RowListQuery,
): Promise<{ items: CanonicalRow[]; total: number }> => {
  const column = sort?.replace(/^-/, '') ?? null;
  if (column !== null && !sortableColumns(entity).includes(column)) throw new Error(`not sortable: ${column}`);
  const params = {
    filters: Object.entries(filters).map(([name, value]) => ({ column: name, value, list: listColumns.has(name) })),
    q: q ? q.toLowerCase() : null,
    sort: column,
    descending: sort?.startsWith('-') ?? false,
    offset: integer(offset),
    limit: integer(limit),
  };
  return db.readTransaction(async (tx) => {
    const rows = await tx.run<{ row: Record<string, unknown> }>(tableQueries[entity.name].list, params);
    const [counted] = await tx.run<{ total: number }>(tableQueries[entity.name].count, params);
    return { items: rows.map(({ row }) => canonicalRow(entity, row)), total: counted?.total ?? 0 };
  });
};
