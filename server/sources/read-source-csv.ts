import Papa from 'papaparse';

export interface CsvRecord {
  /** Spreadsheet row: the header is row 1, and blank lines count, as they do when the file is opened. */
  row: number;
  values: Record<string, string>;
}

export interface SourceCsv {
  header: string[];
  records: CsvRecord[];
  /** Rows that repeat the header (exports glued together); they are not records. */
  repeatedHeaderRows: number[];
  problems: string[];
}

const isBlank = (cells: string[]): boolean => cells.every((cell) => cell.trim() === '');

/** A CSV export read as records keyed by its header, with the row numbers a person sees. */
export const readSourceCsv = (text: string): SourceCsv => {
  const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false });
  const [first = [], ...rest] = parsed.data;
  const header = first.map((cell) => cell.trim());
  const headerLine = header.join('\u0000');
  const records: CsvRecord[] = [];
  const repeatedHeaderRows: number[] = [];
  rest.forEach((cells, index) => {
    const row = index + 2;
    if (isBlank(cells)) return;
    if (cells.map((cell) => cell.trim()).join('\u0000') === headerLine) {
      repeatedHeaderRows.push(row);
      return;
    }
    records.push({ row, values: Object.fromEntries(header.map((name, column) => [name, cells[column] ?? ''])) });
  });
  const problems = parsed.errors
    .filter((error) => error.code !== 'UndetectableDelimiter')
    .map((error) => `row ${error.row === undefined ? '?' : error.row + 1}: ${error.message}`);
  return { header, records, repeatedHeaderRows, problems };
};
