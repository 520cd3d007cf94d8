import JSZip from 'jszip';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { offThreadAboveBytes } from '../../server/import/prepare-upload.js';
import { maxUploadRows } from '../../server/import/upload-limits.js';
import { buildTestApp, resetDatabase } from '../helpers/test-app.js';
import { importFiles } from '../helpers/fixtures.js';

// Big files answer a 413 naming the row cap, without a stack overflow or loading the whole workbook, and the
// server keeps answering /api/health while a big workbook, CSV or JSON bundle is read.
let app: FastifyInstance;
beforeAll(async () => {
  // Valid uploads of thousands of rows take over a minute to write on a loaded machine.
  app = await buildTestApp({ config: { BRAID_QUERY_TIMEOUT_S: 300 } });
  await resetDatabase();
});
afterAll(async () => app.close());

const file = (name: string, content: string | Buffer) => ({
  name,
  content: typeof content === 'string' ? Buffer.from(content) : content,
});

/** A minimal XLSX with one "agencies" sheet of `count` rows, written as XML (ExcelJS would take minutes). */
const agencyWorkbook = async (count: number, level = 'local'): Promise<Buffer> => {
  const cell = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
  const rows = [`<row r="1">${cell('A1', 'id')}${cell('B1', 'name')}${cell('C1', 'level')}</row>`];
  for (let i = 2; i <= count + 1; i += 1)
    rows.push(`<row r="${i}">${cell(`A${i}`, `a${i}`)}${cell(`B${i}`, `Agency ${i}`)}${cell(`C${i}`, level)}</row>`);
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
  );
  zip.file(
    'xl/workbook.xml',
    '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="agencies" sheetId="1" r:id="rId1"/></sheets></workbook>',
  );
  zip.file(
    'xl/_rels/workbook.xml.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
  );
  zip.file(
    'xl/worksheets/sheet1.xml',
    `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join('')}</sheetData></worksheet>`,
  );
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
};

/** How long each /api/health took, asked every 100 ms while `upload` runs. */
const healthWaitsDuring = async <T>(upload: Promise<T>): Promise<{ response: T; waits: number[] }> => {
  let done = false;
  const tracked = upload.finally(() => {
    done = true;
  });
  const waits: number[] = [];
  while (!done) {
    const started = Date.now();
    await app.inject({ method: 'GET', url: '/api/health' });
    waits.push(Date.now() - started);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { response: await tracked, waits };
};

const expectRowCap = (response: { statusCode: number; json: () => { detail: string; limit: number } }) => {
  expect(response.statusCode).toBe(413);
  expect(response.json().limit).toBe(maxUploadRows);
  expect(response.json().detail).toContain(maxUploadRows.toLocaleString('en-US'));
};

describe('big files', () => {
  it('a JSON table past the row cap is a 413 naming the cap, not a stack overflow', async () => {
    const agencies = Array.from({ length: maxUploadRows + 1 }, (_, i) => ({ id: `a${i}`, name: 'A', level: 'local' }));
    expectRowCap(await importFiles(app, [file('map.json', JSON.stringify({ format: 'braid/1', agencies }))]));
  });

  it('a CSV past the row cap is a 413', async () => {
    const lines = Array.from({ length: maxUploadRows + 1 }, (_, i) => `a${i},A,local`).join('\n');
    expectRowCap(await importFiles(app, [file('agencies.csv', `id,name,level\n${lines}\n`)]));
  });

  it('an XLSX past the row cap is refused before it is loaded', async () => {
    const started = Date.now();
    expectRowCap(await importFiles(app, [file('big.xlsx', await agencyWorkbook(maxUploadRows + 5))]));
    expect(Date.now() - started).toBeLessThan(30_000);
  });

  it('health keeps answering while a big workbook is read', async () => {
    const content = await agencyWorkbook(20_000, 'nowhere');
    expect(content.length).toBeGreaterThan(200 * 1024);
    const { response, waits } = await healthWaitsDuring(importFiles(app, [file('agencies.xlsx', content)]));
    // Every row's level is wrong: the whole workbook was read, and nothing written.
    expect(response.statusCode).toBe(400);
    expect(response.json().problem_count).toBe(20_000);
    expect(Math.max(...waits)).toBeLessThan(2000);
  });

  // 10,000 rows are seconds of parsing and validation on one thread under load: off it, health keeps its bound.
  it('health keeps answering while a big CSV and a big JSON bundle are read and validated', async () => {
    const count = 10_000;
    const lines = Array.from({ length: count }, (_, i) => `s${i},Stream ${i},dol-wd,nowhere,2025,${i},iwt`);
    const csv = file(
      'funding_streams.csv',
      `id,name,agency_id,source,fiscal_year,amount,objective_ids\n${lines.join('\n')}\n`,
    );
    const streams = Array.from({ length: count }, (_, i) => ({
      id: `s${i}`,
      name: `Stream ${i}`,
      agency_id: 'dol-wd',
      source: 'nowhere',
      fiscal_year: 2025,
      amount: i,
      objective_ids: ['iwt'],
    }));
    const json = file('map.json', JSON.stringify({ format: 'braid/1', funding_streams: streams }));
    for (const upload of [csv, json]) {
      expect(upload.content.length).toBeGreaterThan(offThreadAboveBytes);
      const { response, waits } = await healthWaitsDuring(importFiles(app, [upload]));
      // Every row has a wrong source and (the map is empty) an unknown agency and objective: each row was read
      // and validated, and nothing written.
      expect(response.statusCode).toBe(400);
      expect(response.json().problem_count).toBe(3 * count);
      expect(Math.max(...waits)).toBeLessThan(2000);
    }
  }, 180_000);

  // The rows come back from the worker, are checked (references, parent cycles), compared and written on the main
  // thread, in slices with event-loop turns between them: health is answered while that upload is being written.
  it('health answers while a big valid upload is checked and written, before it finishes', async () => {
    const count = 30_000;
    const lines = Array.from(
      { length: count },
      (_, i) => `big-${i},Agency ${i},local,${i === 0 ? '' : `big-${i - 1}`}`,
    );
    const upload = file('agencies.csv', `id,name,level,parent_id\n${lines.join('\n')}\n`);
    expect(upload.content.length).toBeGreaterThan(offThreadAboveBytes);
    let finished = false;
    const importing = importFiles(app, [upload]).finally(() => {
      finished = true;
    });
    // Health asked one after another while the upload runs: it answers before the upload ends ("degraded" when the
    // busy Neo4j takes over 1.5 s to answer its ping, which the server itself does not cause).
    const answeredDuring: string[] = [];
    while (!finished) {
      const status = (await app.inject({ method: 'GET', url: '/api/health' })).json().status as string;
      if (!finished) answeredDuring.push(status);
    }
    expect(answeredDuring.length).toBeGreaterThan(0);
    expect(answeredDuring.every((status) => status === 'ok' || status === 'degraded')).toBe(true);
    const response = await importing;
    expect(response.statusCode).toBe(200);
    expect(response.json().tables.agencies.created).toBe(count);
    expect((await app.inject({ method: 'GET', url: `/api/agencies/big-${count - 1}` })).json().parent_id).toBe(
      `big-${count - 2}`,
    );
  }, 300_000);

  it('a small workbook imports', async () => {
    const response = await importFiles(app, [file('agencies.xlsx', await agencyWorkbook(50))]);
    expect(response.statusCode).toBe(200);
    expect(response.json().tables.agencies.created).toBe(50);
  });
});
