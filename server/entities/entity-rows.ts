import { dependentsLimit, entityByName, type EntityDefinition } from '../domain/catalog.js';
import type { Database } from '../db/database.js';
import type { Actor } from '../domain/actor.js';
import { Conflict, Invalid, NotFound } from '../domain/errors.js';
import type { CanonicalRow } from '../import/canonical.js';
import { checkReferences } from '../import/check-references.js';
import {
  getRow,
  readDependents,
  readStoredRow,
  readStoredRows,
  type VersionedRow,
} from '../repositories/rows-repository.js';
import { validateRows } from '../import/validate-rows.js';
import { writeMap } from '../repositories/map-writer.js';
import { sameRow } from '../import/canonical.js';

// The CRUD API's writes: single rows go through the same validation as an import and the same writer
// (change-set, audit entry, version), so a form and a spreadsheet can never disagree about what is valid.

/** A row as the API returns it: unknown fields left out rather than null. */
export const apiRow = (row: CanonicalRow): Record<string, unknown> =>
  Object.fromEntries(Object.entries(row).filter(([, value]) => value !== null));

/** An edit that started from another version than the one stored: refused, with what is there now. */
const staleEdit = (entity: EntityDefinition, key: string, current: VersionedRow) =>
  new Conflict(
    'Changed by someone else',
    `The ${entity.singular} "${key}" was changed since you opened it (now version ${current.version}); review the current values and edit again.`,
    { current: apiRow(current.row), version: current.version },
  );

const checkVersion = (entity: EntityDefinition, key: string, current: VersionedRow, ifMatch?: number) => {
  if (ifMatch !== undefined && current.version !== ifMatch) throw staleEdit(entity, key, current);
};

export interface RowWrite {
  /** Replace an existing row (PUT) rather than create one (POST). */
  existing: boolean;
  key?: string;
  /** The version the edit started from (If-Match); absent: not checked. */
  ifMatch?: number;
}

/** Creates or replaces one row, validated like an import row, and answers it as stored. */
export const saveRow = async (
  db: Database,
  entity: EntityDefinition,
  values: Record<string, unknown>,
  expected: RowWrite,
  actor: Actor,
): Promise<VersionedRow> => {
  const { valid, problems, keys } = validateRows([{ entity, file: 'request body', row: 1, values }]);
  if (problems.length > 0) throw Invalid.rows(problems);
  const [row] = valid;
  if (!row) throw new Error('a valid row was expected');
  if (expected.key !== undefined && row.key !== expected.key)
    throw new Invalid(
      `The ${entity.singular} in the body (${row.key}) is not the one in the URL (${expected.key}); keys cannot be changed, create a new row instead.`,
      { title: 'Key mismatch' },
    );
  await writeMap(db, actor, async (tx) => {
    const current = await readStoredRow(tx, entity, row.key);
    if (expected.existing && !current) throw NotFound.of(entity.singular, row.key);
    if (!expected.existing && current)
      throw new Conflict('Already exists', `There is already ${entity.aSingular} "${row.key}".`);
    if (current) checkVersion(entity, row.key, current, expected.ifMatch);
    const referenceProblems = await checkReferences(tx, valid, keys, false);
    if (referenceProblems.length > 0) throw Invalid.rows(referenceProblems);
    const unchanged = current !== undefined && sameRow(current.row, row.data);
    return {
      kind: 'edit',
      action: current ? 'row.update' : 'row.create',
      changes: unchanged ? [] : [{ table: entity.name, key: row.key, before: current?.row ?? null, after: row.data }],
      versions: new Map([[`${entity.name}:${row.key}`, current?.version ?? 0]]),
      result: null,
    };
  });
  return getRow(db, entity, row.key);
};

/** Deletes a row unless other rows refer to it (409 lists them). A partnership's own requests go with it. */
export const deleteRow = async (
  db: Database,
  entity: EntityDefinition,
  key: string,
  ifMatch: number | undefined,
  actor: Actor,
): Promise<void> => {
  await writeMap(db, actor, async (tx) => {
    const current = await readStoredRow(tx, entity, key);
    if (!current) throw NotFound.of(entity.singular, key);
    checkVersion(entity, key, current, ifMatch);
    const dependents = await readDependents(tx, entity, key);
    if (dependents.length > 0)
      throw new Conflict(
        'Still referenced',
        `${entity.singular} "${key}" is referred to by ${dependents.length === dependentsLimit ? `${dependentsLimit} or more` : dependents.length} row(s); change or delete those first.`,
        { dependents },
      );
    // A partnership's requests are part of it: they go with it, and come back if the delete is undone.
    const ownRequests =
      entity.name === 'partnerships'
        ? [...(await readStoredRows(tx, entityByName('requests'), null))].filter(
            ([, stored]) => stored.row.partnership_id === key,
          )
        : [];
    return {
      kind: 'edit',
      action: 'row.delete',
      changes: [
        ...ownRequests.map(([requestKey, stored]) => ({
          table: 'requests' as const,
          key: requestKey,
          before: stored.row,
          after: null,
        })),
        { table: entity.name, key, before: current.row, after: null },
      ],
      versions: new Map([
        [`${entity.name}:${key}`, current.version],
        ...ownRequests.map(([requestKey, stored]): [string, number] => [`requests:${requestKey}`, stored.version]),
      ]),
      result: null,
    };
  });
};
