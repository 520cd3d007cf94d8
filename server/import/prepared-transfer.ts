import { entityByName, type EntityName } from '../domain/catalog.js';
import type { ImportProblem } from '../domain/import-problems.js';
import { HttpProblem } from '../http/http-problem.js';
import type { SourceRow } from './source-rows.js';
import type { ValidatedRows } from './validate-rows.js';

/** An upload read and validated: the reader's problems, or its rows checked against their schemas. */
export type PreparedUpload =
  { problems: ImportProblem[]; validated?: undefined } | { problems: []; validated: ValidatedRows };

// zod schemas (inside an entity's definition) do not cross threads: rows travel with their table's name and get
// their definition back on arrival. The structured clone keeps shared objects shared, so each source row is
// one object on both sides.
type Named<T> = Omit<T, 'entity'> & { entity: EntityName | { name: EntityName } };

export type PreparedMessage =
  | { ok: PreparedUpload }
  | { problem: { status: number; title: string; detail: string; extra: Record<string, unknown> } };

const strip = (row: { entity: unknown }): void => {
  (row as Named<SourceRow>).entity = (row.entity as { name: EntityName }).name;
};
const restore = (row: { entity: unknown }): void => {
  if (typeof row.entity === 'string') (row as { entity: unknown }).entity = entityByName(row.entity as EntityName);
};

/**
 * In the worker: replaces every entity definition by its name, and each row's source by where it was (its raw
 * values are not used after validation, and sending them twice would double the main thread's share of the work).
 * Changes the rows in place: they are not used again.
 */
export const toMessage = (prepared: PreparedUpload): PreparedMessage => {
  const v = prepared.validated;
  if (!v) return { ok: prepared };
  const located = new Map<SourceRow, SourceRow>();
  for (const row of [...v.valid, ...v.checkable]) {
    if (typeof row.entity === 'string') continue;
    const { source } = row;
    let where = located.get(source);
    if (!where) {
      where = { entity: source.entity, file: source.file, sheet: source.sheet, row: source.row, values: {} };
      strip(where);
      located.set(source, where);
    }
    row.source = where;
    strip(row);
  }
  return { ok: prepared };
};

/** On the main thread: puts the definitions back. */
export const fromMessage = (message: PreparedMessage): PreparedUpload => {
  if ('problem' in message) {
    const { status, title, detail, extra } = message.problem;
    throw new HttpProblem(status, title, detail, extra);
  }
  const v = message.ok.validated;
  if (v) for (const row of [...v.valid, ...v.checkable]) for (const part of [row, row.source]) restore(part);
  return message.ok;
};

export const problemMessage = (error: unknown): PreparedMessage | undefined =>
  error instanceof HttpProblem
    ? { problem: { status: error.status, title: error.title, detail: error.message, extra: error.extra } }
    : undefined;
