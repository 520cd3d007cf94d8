import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import Papa from 'papaparse';
import { entities } from '../domain/catalog.js';
import type { CanonicalRow } from '../import/canonical.js';
import { bundleFormat } from '../import/read-json.js';
import { formulaTrigger } from '../domain/spreadsheet-formulas.js';
import { toCell } from './cells.js';

export type MapTables = Record<string, CanonicalRow[]>;

const withoutNulls = (row: CanonicalRow): Record<string, unknown> =>
  Object.fromEntries(Object.entries(row).filter(([, value]) => value !== null));

/** The JSON bundle: {"format": "braid/1", "agencies": [...], ...}. */
export const toJsonBundle = (tables: MapTables): Record<string, unknown> => ({
  format: bundleFormat,
  ...Object.fromEntries(entities.map((entity) => [entity.name, (tables[entity.name] ?? []).map(withoutNulls)])),
});

/**
 * One CSV text per table, header first (a table with no rows still has its header). Text that starts like a
 * formula (=, +, -, @, tab, CR) gets a ' in front, as OWASP advises; the CSV reader takes it off again.
 */
export const toCsvFiles = (tables: MapTables): Array<{ name: string; content: string }> =>
  entities.map((entity) => ({
    name: `${entity.name}.csv`,
    content: csvText(
      entity.columns,
      (tables[entity.name] ?? []).map((row) => entity.columns.map((column) => toCell(column, row[column]))),
    ),
  }));

// Papa Parse ends a header-only table with a newline of its own: one more would read back as an empty row.
// Text that starts like a formula (=, +, -, @, tab, CR) gets a ' in front, as OWASP advises; the CSV reader
// takes it off again.
const csvText = (fields: readonly string[], data: Array<Array<string | number>>): string =>
  `${Papa.unparse({ fields: [...fields], data }, { newline: '\n', escapeFormulae: formulaTrigger }).replace(/\n$/, '')}\n`;

/**
 * Where each table's figures come from, for readers of the CSV files away from Braid: how many rows, the
 * range of their as_of dates, and how many cite a source.
 */
export const provenanceCsv = (tables: MapTables, exportedOn: string): string =>
  csvText(
    ['table', 'rows', 'as_of_earliest', 'as_of_latest', 'rows_with_source_url', 'exported_on'],
    entities.map((entity) => {
      const rows = tables[entity.name] ?? [];
      const dates = rows
        .map((row) => row.as_of)
        .filter((value): value is string => typeof value === 'string')
        .sort();
      const sourced = rows.filter((row) => typeof row.source_url === 'string' && row.source_url !== '').length;
      return [entity.name, rows.length, dates[0] ?? '', dates.at(-1) ?? '', sourced, exportedOn].map((cell) =>
        toCell('', cell),
      );
    }),
  );

/** A zip of one CSV file per table (the import format's folder) and provenance.csv. */
export const toCsvZip = async (tables: MapTables, exportedOn: string): Promise<Buffer> => {
  const zip = new JSZip();
  for (const file of toCsvFiles(tables)) zip.file(file.name, file.content);
  zip.file('provenance.csv', provenanceCsv(tables, exportedOn));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
};

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
