import { entities } from '../domain/catalog.js';
import type { ImportProblem } from '../domain/import-problems.js';
import { tableRows, type ReadResult, type SourceRow } from './source-rows.js';
import { maxUploadRows, tooManyRows } from './upload-limits.js';

export const bundleFormat = 'braid/1';

/** JSON.parse's message quotes the text around the error; a short one is enough to find it. */
const clipJsonError = (error: unknown): string => String((error as Error).message).slice(0, 120);

/** A JSON bundle: {"format": "braid/1", "agencies": [...], ...}; rows are numbered from 1 within each key. */
export const readJson = (fileName: string, content: string): ReadResult => {
  let bundle: unknown;
  try {
    bundle = JSON.parse(content.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { rows: [], problems: [{ file: fileName, message: `not valid JSON: ${clipJsonError(error)}` }] };
  }
  if (typeof bundle !== 'object' || bundle === null || Array.isArray(bundle))
    return { rows: [], problems: [{ file: fileName, message: 'expected a JSON object {"format": "braid/1", ...}' }] };
  const record = bundle as Record<string, unknown>;
  const problems: ImportProblem[] = [];
  if (record.format !== bundleFormat)
    problems.push({ file: fileName, column: 'format', message: `must be "${bundleFormat}"` });
  const known = new Set<string>(['format', ...entities.map((entity) => entity.name)]);
  for (const key of Object.keys(record))
    if (!known.has(key)) problems.push({ file: fileName, sheet: key, message: `unknown key "${key}" in the bundle` });
  const rows: SourceRow[] = [];
  for (const entity of entities) {
    const items = record[entity.name];
    if (items === undefined) continue;
    if (
      !Array.isArray(items) ||
      items.some((item) => typeof item !== 'object' || item === null || Array.isArray(item))
    ) {
      problems.push({ file: fileName, sheet: entity.name, message: 'must be an array of objects' });
      continue;
    }
    if (items.length > maxUploadRows) throw tooManyRows(`${fileName} (${entity.name})`, items.length);
    const objects = items as Array<Record<string, unknown>>;
    const headers = [...new Set(objects.flatMap((item) => Object.keys(item)))];
    const result = tableRows(entity, objects, { file: fileName, sheet: entity.name, firstRow: 1, headers });
    // One by one: push(...rows) overflows the stack for tables of 125k+ rows.
    for (const row of result.rows) rows.push(row);
    for (const problem of result.problems) problems.push(problem);
  }
  return { rows, problems };
};
