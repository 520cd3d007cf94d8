import ExcelJS from 'exceljs';
import type { ImportProblem } from '../domain/import-problems.js';
import { entityForTable, knownTables, tableRows, type ReadResult, type SourceRow } from './source-rows.js';

/** A cell as a spreadsheet user sees it: formulas give their result, rich text and links their text. */
const cellValue = (value: ExcelJS.CellValue): unknown => {
  if (value === null || value === undefined) return undefined;
  if (value instanceof Date) return value;
  if (typeof value !== 'object') return value;
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('result' in value) return cellValue(value.result as ExcelJS.CellValue);
  if ('text' in value) return String(value.text);
  if ('error' in value) return undefined;
  return String(value);
};

/** An XLSX workbook with one sheet per table; sheets with other names are reported, not ignored. */
export const readXlsx = async (fileName: string, content: Buffer): Promise<ReadResult> => {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
  } catch (error) {
    return {
      rows: [],
      problems: [{ file: fileName, message: `not a readable XLSX workbook: ${(error as Error).message}` }],
    };
  }
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
    const headerRow = sheet.getRow(1);
    const headers: string[] = [];
    headerRow.eachCell({ includeEmpty: true }, (cell, column) => {
      headers[column] = String(cellValue(cell.value) ?? '').trim();
    });
    const records: Array<Record<string, unknown>> = [];
    for (let number = 2; number <= sheet.rowCount; number += 1) {
      const record: Record<string, unknown> = {};
      sheet.getRow(number).eachCell({ includeEmpty: false }, (cell, column) => {
        const header = headers[column];
        if (header) record[header] = cellValue(cell.value);
      });
      records.push(record);
    }
    const result = tableRows(entity, records, {
      file: fileName,
      sheet: sheet.name,
      firstRow: 2,
      headers: headers.filter((header): header is string => header !== undefined),
    });
    rows.push(...result.rows);
    problems.push(...result.problems);
  });
  return { rows, problems };
};
