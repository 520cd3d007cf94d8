import { entities } from '../domain/catalog.js';
import type { ImportProblem } from '../domain/import-problems.js';
import { tableRows, type ReadResult, type SourceRow } from './source-rows.js';

export const bundleFormat = 'braid/1';

/** A JSON bundle: {"format": "braid/1", "agencies": [...], ...}; rows are numbered from 1 within each key. */
export const readJson = (fileName: string, content: string): ReadResult => {
  let bundle: unknown;
  try {
    bundle = JSON.parse(content.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { rows: [], problems: [{ file: fileName, message: `not valid JSON: ${(error as Error).message}` }] };
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
    const objects = items as Array<Record<string, unknown>>;
    const headers = [...new Set(objects.flatMap((item) => Object.keys(item)))];
    const result = tableRows(entity, objects, { file: fileName, sheet: entity.name, firstRow: 1, headers });
    rows.push(...result.rows);
    problems.push(...result.problems);
  }
  return { rows, problems };
};
