import { entities, parseRow, rowKey, type EntityDefinition } from '../domain/catalog.js';
import type { Database, Tx } from '../db/database.js';
import { HttpProblem, notFound } from '../http/problems.js';
import type { CanonicalRow } from '../import/canonical.js';
import { importRowsIn } from '../import/import-upload.js';
import { readRows } from '../import/read-map.js';

// The CRUD API's repository: single rows go through the same validation and transaction as an import,
// so a form and a spreadsheet can never disagree about what is valid.

/** A row as the API returns it: unknown fields left out rather than null. */
export const apiRow = (row: CanonicalRow): Record<string, unknown> =>
  Object.fromEntries(Object.entries(row).filter(([, value]) => value !== null));

export const keyOf = (entity: EntityDefinition, row: Record<string, unknown>): string => rowKey(entity, row);

export const getRow = async (db: Database, entity: EntityDefinition, key: string): Promise<CanonicalRow> => {
  const rows = await db.readTransaction((tx) => readRows(tx, entity, [key]));
  const row = rows.get(key);
  if (!row) throw notFound(entity.singular, key);
  return row;
};

export const listRows = async (db: Database, entity: EntityDefinition): Promise<CanonicalRow[]> => [
  ...(await db.readTransaction((tx) => readRows(tx, entity, null))).values(),
];

const rowIn = async (tx: Tx, entity: EntityDefinition, key: string): Promise<CanonicalRow | undefined> =>
  (await readRows(tx, entity, [key])).get(key);

/**
 * Creates (expectExisting false) or replaces (true) one row, validated like an import row. The "does it
 * exist" check, the import's own checks and the write share one transaction, so no concurrent write slips in.
 */
export const saveRow = async (
  db: Database,
  entity: EntityDefinition,
  values: Record<string, unknown>,
  expected: { existing: boolean; key?: string },
): Promise<CanonicalRow> => {
  const parsed = parseRow(entity, values);
  const key = parsed.success ? keyOf(entity, parsed.data) : keyOf(entity, values);
  if (expected.key !== undefined && parsed.success && key !== expected.key)
    throw new HttpProblem(
      400,
      'Key mismatch',
      `The ${entity.singular} in the body (${key}) is not the one in the URL (${expected.key}); keys cannot be changed, create a new row instead.`,
    );
  return db.writeTransaction(async (tx) => {
    if (parsed.success) {
      const present = (await rowIn(tx, entity, key)) !== undefined;
      if (expected.existing && !present) throw notFound(entity.singular, key);
      if (!expected.existing && present)
        throw new HttpProblem(409, 'Already exists', `There is already ${entity.aSingular} "${key}".`);
    }
    await importRowsIn(tx, [{ entity, file: 'request body', row: 1, values }], 'upsert');
    const saved = await rowIn(tx, entity, key);
    if (!saved) throw notFound(entity.singular, key);
    return saved;
  });
};

export interface Dependent {
  entity: string;
  id: string;
}

/**
 * Deletes a row unless other rows refer to it (409 lists them). A partnership's own requests go with it.
 * The "still referenced" check and the delete are one transaction, so an import cannot add a reference between.
 */
export const deleteRow = async (db: Database, entity: EntityDefinition, key: string): Promise<void> =>
  db.writeTransaction(async (tx) => {
    if (!(await rowIn(tx, entity, key))) throw notFound(entity.singular, key);
    if (entity.label !== null) {
      const dependents = await tx.run<Dependent>(`entities/${entity.name}/dependents`, { id: key });
      if (dependents.length > 0)
        throw new HttpProblem(
          409,
          'Still referenced',
          `${entity.singular} "${key}" is referred to by ${dependents.length === 50 ? '50 or more' : dependents.length} row(s); change or delete those first.`,
          { dependents },
        );
      await tx.run(`entities/${entity.name}/delete`, { id: key });
      return;
    }
    const params =
      entity.name === 'requests' ? { partnership_id: key.split('|')[0], solution_id: key.split('|')[1] } : { key };
    await tx.run(`entities/${entity.name}/delete`, params);
  });

export const entityByPath = (path: string): EntityDefinition | undefined =>
  entities.find((entity) => entity.path === path);
