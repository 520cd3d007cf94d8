import { coerceRow } from '../domain/coerce.js';
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

/**
 * The references of a row that failed validation, those that are well-formed ids, so that its unknown agency
 * is reported beside its bad dates (a row lists every problem it has).
 */
const referencesOf = (row: SourceRow): ValidRow => {
  const coerced = coerceRow(row.entity.schema, row.values);
  const data = Object.fromEntries(
    row.entity.references.flatMap((reference) => {
      const field = row.entity.schema.shape[reference.field];
      const parsed = field?.safeParse(coerced[reference.field]);
      return parsed?.success && parsed.data !== undefined ? [[reference.field, parsed.data]] : [];
    }),
  );
  return { entity: row.entity, key: rowKey(row.entity, row.values), data, source: row };
};

/**
 * Checks each row against its entity's zod schema and finds keys given twice; collects every problem.
 * `checkable` is every valid row plus the well-formed references of the invalid ones, for the reference check.
 */
export interface ValidatedRows {
  valid: ValidRow[];
  checkable: ValidRow[];
  problems: ImportProblem[];
  keys: Set<string>;
}

export const validateRows = (rows: SourceRow[]): ValidatedRows => {
  const problems: ImportProblem[] = [];
  const valid: ValidRow[] = [];
  const checkable: ValidRow[] = [];
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
      checkable.push(referencesOf(row));
      continue;
    }
    const validRow = { entity: row.entity, key, data: canonicalRow(row.entity, parsed.data), source: row };
    valid.push(validRow);
    checkable.push(validRow);
  }
  return { valid, checkable, problems, keys };
};
