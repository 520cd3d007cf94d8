import { integer } from '../db/integer.js';
import { tableQueries } from './table-queries.js';
import type { QueryName } from '../db/query-names.js';
import { entities, integerColumns, type EntityDefinition } from '../domain/catalog.js';
import type { Tx } from '../db/database.js';
import { storedProperties, type CanonicalRow } from '../import/canonical.js';
import { inTurns } from '../import/event-loop-turns.js';

// Rows go to Neo4j in batches of UNWIND $rows, all inside the caller's single transaction.
const batchSize = 2000;

const neo4jValues = (props: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(
    Object.entries(props).map(([column, value]) => [
      column,
      integerColumns.has(column) && typeof value === 'number' ? integer(value) : value,
    ]),
  );

const payload = (entity: EntityDefinition, row: VersionedRow): Record<string, unknown> => ({
  ...row.data,
  key: row.key,
  // The version is the row's ETag: every write of the row stores the next one.
  props: { ...neo4jValues(storedProperties(entity, row.data)), version: integer(row.version) },
});

const inBatches = async (tx: Tx, query: QueryName | undefined, rows: Record<string, unknown>[]): Promise<void> => {
  if (query === undefined) throw new Error('no query writes these rows (server/repositories/table-queries.ts)');
  for (let start = 0; start < rows.length; start += batchSize)
    await tx.run(query, { rows: rows.slice(start, start + batchSize) });
};

export interface VersionedRow {
  key: string;
  data: CanonicalRow;
  /** The version the row has once written. */
  version: number;
}

export type RowsByEntity = Map<EntityDefinition, VersionedRow[]>;

/**
 * Writes the rows that changed: every node first, then the relationships that hang off them (so references
 * between rows of one upload resolve in any order), then requests and awards.
 */
export const writeRows = async (tx: Tx, changed: RowsByEntity): Promise<void> => {
  const payloads = new Map<EntityDefinition, Record<string, unknown>[]>();
  for (const [entity, rows] of changed) {
    const built: Record<string, unknown>[] = [];
    for await (const slice of inTurns(rows)) for (const row of slice) built.push(payload(entity, row));
    payloads.set(entity, built);
  }
  const nodes = entities.filter((entity) => entity.label !== null);
  for (const entity of nodes) await inBatches(tx, tableQueries[entity.name].upsert, payloads.get(entity) ?? []);
  for (const entity of nodes.filter((candidate) => candidate.references.length > 0))
    await inBatches(tx, tableQueries[entity.name].link, payloads.get(entity) ?? []);
  for (const entity of entities.filter((candidate) => candidate.label === null))
    await inBatches(tx, tableQueries[entity.name].upsert, payloads.get(entity) ?? []);
};
