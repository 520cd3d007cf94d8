import Papa from 'papaparse';
import { restoreNeutralised } from '../domain/spreadsheet-formulas.js';
import { blankHeaderProblems } from './blank-headers.js';
import { maxUploadRows, tooManyRows } from './upload-limits.js';
import { entityForTable, knownTables, tableRows, type ReadResult } from './source-rows.js';

// Blank headers get a placeholder naming their position, so their values can be reported instead of dropped.
const blankHeader = (index: number) => `\u0000blank:${index + 1}`;

/** One CSV file of the interchange format; its name says which table it is. */
export const readCsv = (fileName: string, content: string): ReadResult => {
  const entity = entityForTable(fileName);
  if (!entity)
    return {
      rows: [],
      problems: [{ file: fileName, message: `the file name does not name a table; expected one of: ${knownTables()}` }],
    };
  const text = content.replace(/^\uFEFF/, '');
  if (text.trim() === '')
    return {
      rows: [],
      problems: [{ file: fileName, message: 'the file is empty: a CSV needs at least its header row' }],
    };
  const parsed = Papa.parse<Record<string, string>>(text, {
    header: true,
    // Blank lines are kept while parsing so that record i is spreadsheet row i + 2; tableRows drops them.
    skipEmptyLines: false,
    // Always a comma: lists inside cells use ';', so the delimiter must not be guessed.
    delimiter: ',',
    transformHeader: (header, index) => (header.trim() === '' ? blankHeader(index) : header.trim()),
    // Braid's CSV export writes '=… for text that starts like a formula (OWASP); read it back as written.
    transform: (value) => restoreNeutralised(value),
    // Parsing stops just past the row cap: a bigger file is refused without reading it all.
    preview: maxUploadRows + 1,
  });
  if (parsed.data.length > maxUploadRows) throw tooManyRows(fileName, parsed.data.length);
  const isBlank = (index: number | undefined) =>
    index !== undefined && Object.values(parsed.data[index] ?? {}).every((value) => (value ?? '').trim() === '');
  const problems = parsed.errors
    .filter((error) => !(error.type === 'FieldMismatch' && isBlank(error.row)))
    .map((error) => ({
      file: fileName,
      row: error.row === undefined ? undefined : error.row + 2,
      message: `CSV could not be read: ${error.message}`,
    }));
  const fields = parsed.meta.fields ?? [];
  const blanks = fields.filter((field) => field.startsWith('\u0000blank:'));
  const filled = blanks.filter((field) => parsed.data.some((record) => (record[field] ?? '').trim() !== ''));
  for (const record of parsed.data) for (const field of blanks) delete record[field];
  const result = tableRows(entity, parsed.data, {
    file: fileName,
    firstRow: 2,
    headers: fields.filter((field) => !blanks.includes(field)),
  });
  const blankProblems = blankHeaderProblems(
    { file: fileName },
    filled.map((field) => Number(field.slice('\u0000blank:'.length))),
  );
  return { rows: result.rows, problems: [...problems, ...blankProblems, ...result.problems] };
};
