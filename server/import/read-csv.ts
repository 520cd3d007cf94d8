import Papa from 'papaparse';
import { entityForTable, knownTables, tableRows, type ReadResult } from './source-rows.js';

/** One CSV file of the interchange format; its name says which table it is. */
export const readCsv = (fileName: string, content: string): ReadResult => {
  const entity = entityForTable(fileName);
  if (!entity)
    return {
      rows: [],
      problems: [{ file: fileName, message: `the file name does not name a table; expected one of: ${knownTables()}` }],
    };
  const parsed = Papa.parse<Record<string, string>>(content.replace(/^\uFEFF/, ''), {
    header: true,
    // Blank lines are kept while parsing so that record i is spreadsheet row i + 2; tableRows drops them.
    skipEmptyLines: false,
    // Always a comma: lists inside cells use ';', so the delimiter must not be guessed.
    delimiter: ',',
    transformHeader: (header) => header.trim(),
  });
  const isBlank = (index: number | undefined) =>
    index !== undefined && Object.values(parsed.data[index] ?? {}).every((value) => (value ?? '').trim() === '');
  const problems = parsed.errors
    .filter((error) => !(error.type === 'FieldMismatch' && isBlank(error.row)))
    .map((error) => ({
      file: fileName,
      row: error.row === undefined ? undefined : error.row + 2,
      message: `CSV could not be read: ${error.message}`,
    }));
  const result = tableRows(entity, parsed.data, {
    file: fileName,
    firstRow: 2,
    headers: parsed.meta.fields ?? [],
  });
  return { rows: result.rows, problems: [...problems, ...result.problems] };
};
