import { parseRow, rowKey, type EntityDefinition } from '../domain/catalog.js';
import { canonicalRow, type CanonicalRow } from './canonical.js';
import type { ImportProblem } from '../domain/import-problems.js';
import type { SourceRow } from './source-rows.js';

export interface ValidRow {
  entity: EntityDefinition;
  key: string;
  data: CanonicalRow;
  source: SourceRow;
}

export const locate = (row: SourceRow, column?: string): Omit<ImportProblem, 'message'> => ({
  file: row.file,
  sheet: row.sheet,
  row: row.row,
  column,
});

/** Checks each row against its entity's zod schema and finds keys given twice; collects every problem. */
export const validateRows = (
  rows: SourceRow[],
): { valid: ValidRow[]; problems: ImportProblem[]; keys: Set<string> } => {
  const problems: ImportProblem[] = [];
  const valid: ValidRow[] = [];
  // Keys of every row that names one, valid or not, so one bad row does not cascade into reference errors.
  const keys = new Set<string>();
  const firstSeen = new Map<string, SourceRow>();
  for (const row of rows) {
    const parsed = parseRow(row.entity, row.values);
    const key = rowKey(row.entity, parsed.success ? parsed.data : row.values);
    const scopedKey = `${row.entity.name}:${key}`;
    keys.add(scopedKey);
    const earlier = firstSeen.get(scopedKey);
    if (earlier) {
      problems.push({
        ...locate(row, row.entity.key.join(', ')),
        message: `duplicate ${row.entity.singular} ${key.replace(/\|+$/, '').replace(/\|/g, ' / ')}: already given in ${earlier.file}${earlier.sheet ? ` sheet ${earlier.sheet}` : ''} row ${earlier.row}`,
      });
      continue;
    }
    firstSeen.set(scopedKey, row);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const column = issue.path.length > 0 ? String(issue.path[0]) : undefined;
        problems.push({ ...locate(row, column), message: `${column ?? 'row'} ${issue.message}` });
      }
      continue;
    }
    valid.push({ entity: row.entity, key, data: canonicalRow(row.entity, parsed.data), source: row });
  }
  return { valid, problems, keys };
};
