import JSZip from 'jszip';
import { HttpProblem } from '../http/http-problem.js';

/**
 * The most rows one upload may hold, over all its files and tables. Reading, validating and diffing a million
 * rows takes gigabytes and minutes; a map of every US state's programs is well under this.
 */
export const maxUploadRows = 100_000;

export const tooManyRows = (fileName: string, atLeast: number): HttpProblem =>
  new HttpProblem(
    413,
    'Too many rows',
    `${fileName} holds ${atLeast > maxUploadRows ? `more than ${maxUploadRows.toLocaleString('en-US')}` : atLeast.toLocaleString('en-US')} rows; an upload may hold at most ${maxUploadRows.toLocaleString('en-US')} rows (the row cap). Split it into several uploads.`,
    { limit: maxUploadRows },
  );

/** Counts `<row` elements of every worksheet as the XML inflates, stopping past the cap (memory stays flat). */
const countSheetRows = async (zip: JSZip, stopAbove: number): Promise<number> => {
  let rows = 0;
  for (const entry of Object.values(zip.files).filter((file) => /^xl\/worksheets\/[^/]+\.xml$/.test(file.name))) {
    let tail = '';
    await new Promise<void>((resolve, reject) => {
      const stream = entry.nodeStream('nodebuffer');
      stream.on('data', (chunk: Buffer) => {
        const text = tail + chunk.toString('latin1');
        rows += text.match(/<row[\s>]/g)?.length ?? 0;
        // The last 4 characters go on to the next chunk: a "<row" split across chunks is counted once, and a
        // whole one (5 characters) never fits in them, so none is counted twice.
        tail = text.slice(-4);
        if (rows > stopAbove) resolve();
      });
      stream.on('end', () => resolve());
      stream.on('error', reject);
    });
    // The header row of each sheet is not a data row.
    rows -= 1;
    if (rows > stopAbove) return rows;
  }
  return rows;
};

/**
 * Refuses a workbook with more rows than the cap before the workbook is loaded whole (an 8 MB XLSX can hold a
 * million rows and take gigabytes to load). Not a zip at all is left to the reader, which reports it.
 */
export const checkWorkbookRows = async (fileName: string, content: Buffer): Promise<void> => {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(content);
  } catch {
    return;
  }
  const rows = await countSheetRows(zip, maxUploadRows);
  if (rows > maxUploadRows) throw tooManyRows(fileName, rows);
};
