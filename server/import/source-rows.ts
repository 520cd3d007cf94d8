import { entities, type EntityDefinition } from '../domain/catalog.js';
import type { ImportProblem } from '../domain/import-problems.js';

/** One row as read from a file, before validation, with where it came from. */
export interface SourceRow {
  entity: EntityDefinition;
  file: string;
  sheet?: string | undefined;
  row: number;
  values: Record<string, unknown>;
}

export interface ReadResult {
  rows: SourceRow[];
  problems: ImportProblem[];
}

/** `funding_streams`, `Funding Streams` and `funding-streams.csv` all name the funding_streams table. */
export const entityForTable = (name: string): EntityDefinition | undefined => {
  const normalized = name
    .replace(/\.(csv|json)$/i, '')
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  return entities.find((entity) => entity.name === normalized);
};

export const knownTables = (): string => entities.map((entity) => entity.name).join(', ');

/**
 * Turns a table's records into source rows, reporting columns the format does not know (a misspelt header
 * would otherwise drop a whole column silently).
 */
export const tableRows = (
  entity: EntityDefinition,
  records: Array<Record<string, unknown>>,
  where: { file: string; sheet?: string | undefined; firstRow: number; headers: string[] },
): ReadResult => {
  const problems: ImportProblem[] = [];
  const known = new Set(entity.columns);
  for (const header of where.headers) {
    if (header !== '' && !known.has(header))
      problems.push({
        file: where.file,
        sheet: where.sheet,
        column: header,
        message: `unknown column "${header}" for ${entity.name}; expected some of: ${entity.columns.join(', ')}`,
      });
  }
  const rows = records
    .map((values, index) => ({ entity, file: where.file, sheet: where.sheet, row: where.firstRow + index, values }))
    .filter((row) => Object.values(row.values).some((value) => value !== undefined && value !== null && value !== ''));
  return { rows, problems };
};
