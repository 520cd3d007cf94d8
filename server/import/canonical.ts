import { listColumns, type EntityDefinition } from '../domain/catalog.js';

export type CanonicalRow = Record<string, unknown>;

const idListColumns = new Set(['objective_ids', 'sector_ids', 'region_ids', 'beneficiary_ids', 'activity_ids']);

/**
 * A row in one fixed shape whichever side it came from (a validated upload row or a row read from the graph):
 * every column present, unknown as null, lists as arrays, id lists sorted. Equal rows mean nothing to write.
 */
export const canonicalRow = (entity: EntityDefinition, row: Record<string, unknown>): CanonicalRow =>
  Object.fromEntries(
    entity.columns.map((column) => {
      const value = row[column];
      if (listColumns.has(column)) {
        const items = Array.isArray(value) ? value.map(String) : [];
        return [column, idListColumns.has(column) ? [...new Set(items)].sort() : items];
      }
      return [column, value === undefined || value === '' ? null : value];
    }),
  );

export const sameRow = (a: CanonicalRow, b: CanonicalRow): boolean => JSON.stringify(a) === JSON.stringify(b);

/** What is stored on the node or relationship itself: everything but references, which become relationships. */
export const storedProperties = (entity: EntityDefinition, row: CanonicalRow): Record<string, unknown> => {
  const endpoints = new Set(
    entity.label === null
      ? entity.references.slice(0, 2).map((reference) => reference.field)
      : entity.references.map((reference) => reference.field),
  );
  return Object.fromEntries(
    Object.entries(row).filter(
      ([column, value]) => !endpoints.has(column) && value !== null && !(Array.isArray(value) && value.length === 0),
    ),
  );
};
