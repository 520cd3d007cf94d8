import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import Papa from 'papaparse';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, resetDatabase } from '../helpers/test-app.js';
import { importFiles, loadSmallMap, multipart } from '../helpers/fixtures.js';

// Issue #10's careless and hostile files, each first reproduced against the real test Neo4j.
let app: FastifyInstance;
beforeAll(async () => {
  app = await buildTestApp();
});
afterAll(async () => app.close());
beforeEach(async () => {
  await resetDatabase();
  await loadSmallMap(app);
});

const file = (name: string, content: string | Buffer) => ({
  name,
  content: typeof content === 'string' ? Buffer.from(content) : content,
});
const post = (url: string, files: Array<{ name: string; content: Buffer }>) =>
  app.inject({ method: 'POST', url, ...multipart(files) });
const exportJson = async () => (await app.inject({ method: 'GET', url: '/api/export?format=json' })).json();
const streamHeader = 'id,name,agency_id,source,fiscal_year,amount,objective_ids\n';

const workbook = async (fill: (sheet: ExcelJS.Worksheet) => void, name = 'agencies'): Promise<Buffer> => {
  const book = new ExcelJS.Workbook();
  fill(book.addWorksheet(name));
  return Buffer.from(await book.xlsx.writeBuffer());
};

describe('an empty or foreign file never replaces the map', () => {
  it('a zip that is not a workbook is a 400, in upsert and replace', async () => {
    const zip = new JSZip();
    zip.file('hello.txt', 'hello');
    const content = await zip.generateAsync({ type: 'nodebuffer' });
    const before = await exportJson();
    for (const mode of ['upsert', 'replace']) {
      const response = await post(`/api/import?mode=${mode}`, [file('x.xlsx', content)]);
      expect(response.statusCode).toBe(400);
      expect(response.json().problems[0]).toMatchObject({ file: 'x.xlsx', message: expect.stringMatching(/workbook/) });
    }
    const garbage = await post('/api/import', [file('y.xlsx', 'not a zip at all')]);
    expect(garbage.statusCode).toBe(400);
    expect(garbage.body).not.toMatch(/zip|central directory|exceljs|at \w+ \(/i);
    expect(await exportJson()).toEqual(before);
  });

  it('a 0-byte CSV is a 400; a header-only CSV in replace is refused with 409 naming the tables', async () => {
    const before = await exportJson();
    const empty = await post('/api/import?mode=replace', [file('agencies.csv', '')]);
    expect(empty.statusCode).toBe(400);
    expect(empty.json().problems).toEqual([
      { file: 'agencies.csv', message: 'the file is empty: a CSV needs at least its header row' },
    ]);
    const headerOnly = await post('/api/import?mode=replace', [file('regions.csv', 'id,name\n')]);
    expect(headerOnly.statusCode).toBe(409);
    const tables = headerOnly.json().tables.map((entry: { table: string }) => entry.table);
    expect(tables).toEqual(expect.arrayContaining(['agencies', 'regions', 'funding_streams', 'awards']));
    expect(headerOnly.json().detail).toMatch(/confirm=delete-missing/);
    expect(await exportJson()).toEqual(before);
  });

  it('with confirm=delete-missing the replace goes ahead', async () => {
    const response = await post('/api/import?mode=replace&confirm=delete-missing', [
      file('agencies.csv', 'id,name,level\nsolo,Only Agency,state\n'),
    ]);
    expect(response.statusCode).toBe(200);
    expect(response.json().tables.agencies).toEqual({ created: 1, updated: 0, unchanged: 0, deleted: 4 });
    expect((await exportJson()).funding_streams).toEqual([]);
  });
});

describe('limits and checks every write shares', () => {
  it('refuses amounts above ten trillion dollars, so the graph and every sum stay finite', async () => {
    const response = await importFiles(app, [
      file('funding_streams.csv', `${streamHeader}huge,Huge,dol,state,2025,1e308,iwt\n`),
      file('awards.csv', 'stream_id,partnership_id,amount,fiscal_year\nwioa-adult,north-mfg,1e308,2024\n'),
    ]);
    expect(response.statusCode).toBe(400);
    expect(response.json().problems).toEqual([
      expect.objectContaining({ file: 'funding_streams.csv', row: 2, column: 'amount' }),
      expect.objectContaining({ file: 'awards.csv', row: 2, column: 'amount' }),
    ]);
    const put = await app.inject({
      method: 'PUT',
      url: '/api/releases/rel-wd-1',
      payload: { ...(await exportJson()).releases[0], amount: 1e308 },
    });
    expect(put.statusCode).toBe(400);
    expect((await app.inject({ method: 'GET', url: '/api/graph' })).statusCode).toBe(200);
  });

  it('refuses a cycle through PUT, as the import refuses it, so the export imports back', async () => {
    const put = await app.inject({
      method: 'PUT',
      url: '/api/agencies/dol',
      payload: { id: 'dol', name: 'Department of Labor', level: 'state', parent_id: 'dol-wd' },
    });
    expect(put.statusCode).toBe(400);
    expect(put.json().problems[0]).toMatchObject({ column: 'parent_id', message: expect.stringMatching(/cycle/) });
    const upsert = await importFiles(app, [file('agencies.csv', 'id,name,level,parent_id\ndol,DOL,state,dol-ao\n')]);
    expect(upsert.statusCode).toBe(400);
    const backup = await exportJson();
    await resetDatabase();
    expect((await importFiles(app, [file('map.json', JSON.stringify(backup))])).statusCode).toBe(200);
  });

  it('source_url takes only http and https addresses', async () => {
    const response = await importFiles(app, [
      file(
        'regions.csv',
        'id,name,source_url\nx,X,"data:text/html,<script>alert(1)</script>"\ny,Y,javascript:alert(1)\nz,Z,https://ok.example\n',
      ),
    ]);
    expect(response.statusCode).toBe(400);
    expect(response.json().problems.map((p: { row: number; column: string }) => [p.row, p.column])).toEqual([
      [2, 'source_url'],
      [3, 'source_url'],
    ]);
  });
});

describe('every problem of every row, in order', () => {
  it('a row with a bad date range and an unknown agency reports both; problems come by file, row, column', async () => {
    const releases =
      'id,title,agency_id,opens,closes,objective_ids\n' +
      'r1,Backwards,ghost,2025-05-01,2025-04-01,iwt\n' +
      'r2,Fine,dol,2025-01-01,2025-02-01,iwt\n' +
      'r3,Bad amount too,ghost,2025-05-01,2025-04-01,nothing\n';
    const streams = `${streamHeader}s1,Bad,nobody,state,20x5,-1,iwt\n`;
    const response = await importFiles(app, [file('releases.csv', releases), file('funding_streams.csv', streams)]);
    expect(response.statusCode).toBe(400);
    const located = response
      .json()
      .problems.map((p: { file: string; row: number; column: string }) => [p.file, p.row, p.column].join(' '));
    expect(located).toEqual([
      'releases.csv 2 agency_id',
      'releases.csv 2 closes',
      'releases.csv 4 agency_id',
      'releases.csv 4 closes',
      'releases.csv 4 objective_ids',
      'funding_streams.csv 2 agency_id',
      'funding_streams.csv 2 fiscal_year',
      'funding_streams.csv 2 amount',
    ]);
  });

  it('caps the problem list and never echoes more than the upload holds', async () => {
    const rows = Array.from({ length: 500 }, (_, i) => `bad ${i},\n`).join('');
    const response = await importFiles(app, [file('regions.csv', `id,name\n${rows}`)]);
    expect(response.statusCode).toBe(400);
    const body = response.json();
    expect(body.problem_count).toBe(1000);
    expect(body.problems).toHaveLength(100);
    expect(body.detail).toMatch(/first 100/);
    const longHeader = 'x'.repeat(5000);
    const echo = await importFiles(app, [file('regions.csv', `id,name,${longHeader}\na,A,1\n`)]);
    expect(echo.statusCode).toBe(400);
    expect(echo.body.length).toBeLessThan(2000);
  });
});

describe('formulas stay text', () => {
  it('the CSV export neutralises formula text and imports back to the same names; trimming makes no formula', async () => {
    const names = ['=HYPERLINK("http://x.example","click")', '+1+cmd|calc', '@SUM(1)', '-2+3'];
    const csv = `id,name\n${names.map((name, i) => `f${i},"${name.replace(/"/g, '""')}"`).join('\n')}\nt,"\t=1+1"\n`;
    expect((await importFiles(app, [file('objectives.csv', csv)])).statusCode).toBe(200);
    const { toCsvFiles } = await import('../../server/export/write-bundle.js');
    const { readMap } = await import('../../server/repositories/rows-repository.js');
    const tables = await app.db.readTransaction((tx) => readMap(tx));
    const objectives = toCsvFiles(tables).find((csvFile) => csvFile.name === 'objectives.csv')?.content ?? '';
    const exported = Papa.parse<string[]>(objectives.trim()).data.filter((row) => /^(f\d|t)$/.test(row[0] ?? ''));
    expect(exported.map((row) => row[1])).toEqual([...names.map((name) => `'${name}`), "'\t=1+1"]);
    expect((await app.inject({ method: 'GET', url: '/api/objectives/t' })).json().name).toBe('\t=1+1');
    await resetDatabase();
    expect((await importFiles(app, [file('objectives.csv', objectives)])).statusCode).toBe(200);
    for (const [i, name] of names.entries())
      expect((await app.inject({ method: 'GET', url: `/api/objectives/f${i}` })).json().name).toBe(name);
  });
});

describe('workbook contents are read as shown, or reported where they are', () => {
  it('a rich-text hyperlink reads as its text', async () => {
    const content = await workbook((sheet) => {
      sheet.addRow(['id', 'name', 'level']);
      sheet.addRow([
        'rt',
        { text: { richText: [{ text: 'Rich ' }, { text: 'Agency' }] }, hyperlink: 'https://x.example' },
        'state',
      ]);
    });
    expect((await importFiles(app, [file('map.xlsx', content)])).statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/api/agencies/rt' })).json().name).toBe('Rich Agency');
  });

  it('formulas without a saved value, error cells, merged cells and values under a blank header are located problems', async () => {
    const content = await workbook((sheet) => {
      sheet.addRow(['id', 'name', 'level', '', 'kind']);
      sheet.addRow(['f1', { formula: 'CONCAT("a","b")' }, 'state']);
      sheet.addRow(['e1', { error: '#N/A' }, 'state']);
      sheet.addRow(['m1', 'Merged', 'state', 'lost', 'x']);
      sheet.mergeCells('E4:F4');
      sheet.getCell('E4').value = 'division';
      sheet.getCell('F4').value = 'division';
    });
    const response = await importFiles(app, [file('map.xlsx', content)]);
    expect(response.statusCode).toBe(400);
    const located = response
      .json()
      .problems.map((p: { sheet: string; row: number; column: string; message: string }) =>
        [p.sheet, p.row, p.column].join(' '),
      );
    expect(located).toEqual(expect.arrayContaining(['agencies 2 B', 'agencies 3 B', 'agencies 1 D', 'agencies 4 F']));
    expect(response.body).not.toContain('[object Object]');
  });

  it('a CSV column with values but a blank header is reported', async () => {
    const response = await importFiles(app, [file('regions.csv', 'id,name,\nq,Q,lost value\n')]);
    expect(response.statusCode).toBe(400);
    expect(response.json().problems).toEqual([expect.objectContaining({ file: 'regions.csv', row: 1, column: 'C' })]);
    expect((await importFiles(app, [file('regions.csv', 'id,name,\nq,Q,\n')])).statusCode).toBe(200);
  });
});

describe('requests that were 500s are 4xx problem+json', () => {
  it('a multipart part with no file name', async () => {
    const boundary = 'braidnofilename';
    const payload = `--${boundary}\r\nContent-Disposition: form-data; name="file"\r\n\r\nid,name\r\n--${boundary}--\r\n`;
    const response = await app.inject({
      method: 'POST',
      url: '/api/import',
      payload,
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
  });

  it('null records in the public sources', async () => {
    for (const [source, body] of [
      ['pa-portal', '{"grants":[null]}'],
      ['ca-portal', '{"records":[null]}'],
      ['ca-portal', 'null'],
    ] as const) {
      const response = await post(`/api/import?source=${source}`, [file('export.json', body)]);
      expect(response.statusCode, `${source} ${body}`).toBe(400);
    }
  });

  it('a malformed % in the URL and an over-long parameter', async () => {
    const bad = await app.inject({ method: 'GET', url: '/api/agencies/%E0%A4%A' });
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    const long = await app.inject({ method: 'GET', url: `/api/agencies/${'a'.repeat(200)}` });
    expect(long.statusCode).toBe(414);
    expect(long.headers['content-type']).toContain('application/problem+json');
    expect(long.json()).toMatchObject({ status: 414, title: 'URI too long' });
  });
});
