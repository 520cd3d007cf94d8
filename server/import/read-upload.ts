import { readCsv } from './read-csv.js';
import { readJson } from './read-json.js';
import { readXlsx } from './read-xlsx.js';
import type { ReadResult } from './source-rows.js';
import { checkWorkbookRows, maxUploadRows, tooManyRows } from './upload-limits.js';

export interface UploadedFile {
  name: string;
  content: Buffer;
}

/**
 * Reads any mix of CSV files, XLSX workbooks and JSON bundles into one set of source rows, on this thread
 * (prepare-upload.ts moves a big upload off it).
 */
export const readUpload = async (files: UploadedFile[]): Promise<ReadResult> => {
  if (files.length === 0) return { rows: [], problems: [{ file: '(upload)', message: 'no file was sent' }] };
  const results = await Promise.all(
    files.map(async (file): Promise<ReadResult> => {
      const lower = file.name.toLowerCase();
      if (lower.endsWith('.csv')) return readCsv(file.name, file.content.toString('utf8'));
      if (lower.endsWith('.json')) return readJson(file.name, file.content.toString('utf8'));
      if (lower.endsWith('.xlsx')) {
        await checkWorkbookRows(file.name, file.content);
        return readXlsx(file.name, file.content);
      }
      return { rows: [], problems: [{ file: file.name, message: 'unsupported file type; send .csv, .xlsx or .json' }] };
    }),
  );
  const rows = results.flatMap((r) => r.rows);
  if (rows.length > maxUploadRows) throw tooManyRows('The upload', rows.length);
  return { rows, problems: results.flatMap((r) => r.problems) };
};
