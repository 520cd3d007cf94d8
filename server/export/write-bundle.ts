import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { entities } from '../domain/catalog.js';
import type { CanonicalRow } from '../import/canonical.js';
import { bundleFormat } from '../import/read-json.js';
import { toCell } from './cells.js';

export type MapTables = Record<string, CanonicalRow[]>;

const withoutNulls = (row: CanonicalRow): Record<string, unknown> =>
  Object.fromEntries(Object.entries(row).filter(([, value]) => value !== null));

/** The JSON bundle: {"format": "braid/1", "agencies": [...], ...}. */
export const toJsonBundle = (tables: MapTables): Record<string, unknown> => ({
  format: bundleFormat,
  ...Object.fromEntries(entities.map((entity) => [entity.name, (tables[entity.name] ?? []).map(withoutNulls)])),
});

/** One CSV text per table, header first (a table with no rows still has its header). */
export const toCsvFiles = (tables: MapTables): Array<{ name: string; content: string }> =>
  entities.map((entity) => ({
    name: `${entity.name}.csv`,
    content: `${Papa.unparse({
      fields: [...entity.columns],
      data: (tables[entity.name] ?? []).map((row) => entity.columns.map((column) => toCell(column, row[column]))),
    })}\n`,
  }));

/** An XLSX workbook with one sheet per table; with no rows it is the empty template. */
export const toXlsx = async (tables: MapTables): Promise<Buffer> => {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Braid';
  for (const entity of entities) {
    const sheet = workbook.addWorksheet(entity.name);
    sheet.columns = entity.columns.map((column) => ({
      header: column,
      key: column,
      width: Math.max(12, column.length + 4),
    }));
    sheet.getRow(1).font = { bold: true };
    sheet.views = [{ state: 'frozen', ySplit: 1 }];
    for (const row of tables[entity.name] ?? [])
      sheet.addRow(Object.fromEntries(entity.columns.map((column) => [column, toCell(column, row[column])])));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
};
