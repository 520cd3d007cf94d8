import ExcelJS from 'exceljs';
import type { ImportProblem } from '../domain/import-problems.js';
import { blankHeaderProblems, columnName } from './blank-headers.js';
import { entityForTable, knownTables, tableRows, type ReadResult, type SourceRow } from './source-rows.js';

type Cell = { value: unknown } | { problem: string };

/**
 * A cell as a spreadsheet user sees it: formulas give their saved result, rich text and links their text.
 * What cannot be read faithfully (a formula never calculated, an error such as #N/A) is reported, not guessed.
 */
const readCell = (value: ExcelJS.CellValue): Cell => {
  if (value === null || value === undefined) return { value: undefined };
  if (value instanceof Date || typeof value !== 'object') return { value };
  if ('richText' in value) return { value: value.richText.map((part) => part.text).join('') };
  if ('error' in value) return { problem: `the cell holds the error ${String(value.error)}; type the value instead` };
  if ('formula' in value || 'sharedFormula' in value) {
    if (value.result === undefined || value.result === null)
      return {
        problem:
          'the cell is a formula with no saved result; open the workbook in a spreadsheet program and save it, or type the value',
      };
    return readCell(value.result as ExcelJS.CellValue);
  }
  if ('text' in value) return readCell(value.text as ExcelJS.CellValue);
  return { problem: 'the cell holds something other than text, a number or a date' };
};

/** An XLSX workbook with one sheet per table; sheets with other names are reported, not ignored. */
export const readXlsx = async (fileName: string, content: Buffer): Promise<ReadResult> => {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
  } catch {
    // The library's own message names its internals, not the user's file.
    return {
      rows: [],
      problems: [{ file: fileName, message: 'not a readable XLSX workbook (damaged, or another kind of file)' }],
    };
  }
  if (workbook.worksheets.length === 0)
    return { rows: [], problems: [{ file: fileName, message: 'not an XLSX workbook: it holds no worksheets' }] };
  const rows: SourceRow[] = [];
  const problems: ImportProblem[] = [];
  workbook.eachSheet((sheet) => {
    const entity = entityForTable(sheet.name);
    if (!entity) {
      problems.push({
        file: fileName,
        sheet: sheet.name,
        message: `the sheet name does not name a table; expected one of: ${knownTables()}`,
      });
      return;
    }
    const at = (row: number, column: number) => ({
      file: fileName,
      sheet: sheet.name,
      row,
      column: columnName(column),
    });
    const headers: string[] = [];
    sheet.getRow(1).eachCell({ includeEmpty: true }, (cell, column) => {
      if (cell.isMerged && cell.master !== cell) {
        problems.push({
          ...at(1, column),
          message: 'merged header cells cannot be imported; give each column its own header',
        });
        return;
      }
      const read = readCell(cell.value);
      if ('problem' in read) problems.push({ ...at(1, column), message: read.problem });
      else headers[column] = String(read.value ?? '').trim();
    });
    const records: Array<Record<string, unknown>> = [];
    const blankColumns = new Set<number>();
    for (let number = 2; number <= sheet.rowCount; number += 1) {
      const record: Record<string, unknown> = {};
      sheet.getRow(number).eachCell({ includeEmpty: false }, (cell, column) => {
        // ExcelJS gives every cell of a merge the first cell's value; a merge would copy it silently.
        if (cell.isMerged && cell.master !== cell) {
          problems.push({
            ...at(number, column),
            message: 'merged cells cannot be imported; unmerge them and fill each cell',
          });
          return;
        }
        const read = readCell(cell.value);
        if ('problem' in read) problems.push({ ...at(number, column), message: read.problem });
        const header = headers[column];
        if (!header) {
          if ('value' in read && read.value !== undefined && String(read.value).trim() !== '') blankColumns.add(column);
        } else if ('value' in read) record[header] = read.value;
      });
      records.push(record);
    }
    for (const problem of blankHeaderProblems({ file: fileName, sheet: sheet.name }, [...blankColumns]))
      problems.push(problem);
    const result = tableRows(entity, records, {
      file: fileName,
      sheet: sheet.name,
      firstRow: 2,
      headers: headers.filter((header): header is string => header !== undefined),
    });
    for (const row of result.rows) rows.push(row);
    for (const problem of result.problems) problems.push(problem);
  });
  return { rows, problems };
};
