import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entities } from '../../server/domain/catalog.js';
import { buildTestApp, resetDatabase } from '../helpers/test-app.js';
import { loadSmallMap, multipart } from '../helpers/fixtures.js';

// Property-based fuzzing of every import container (CSV, XLSX, JSON and the four public sources): whatever
// the rows hold, the answer is a 2xx, or a 4xx problem+json that says where; never a 5xx; and a rejected
// upload leaves the graph exactly as it was. A fixed seed and a bounded count keep it repeatable and short.
const seed = 20261201;
const runsPerContainer = 8;
const realDir = join(import.meta.dirname, '..', '..', 'seed', 'real');

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildTestApp();
  await resetDatabase();
  await loadSmallMap(app);
});
afterAll(async () => app.close());

type Upload = { query: string; files: Array<{ name: string; content: Buffer }> };

const snapshot = async () => (await app.inject({ method: 'GET', url: '/api/export?format=json' })).body;

/** Imports one generated upload and checks the promise; returns the status for the run's tally. */
const checkUpload = async ({ query, files }: Upload): Promise<number> => {
  const before = await snapshot();
  const response = await app.inject({ method: 'POST', url: `/api/import?${query}`, ...multipart(files) });
  expect(response.statusCode, response.body.slice(0, 500)).toBeLessThan(500);
  if (response.statusCode >= 400) {
    expect(response.headers['content-type']).toContain('application/problem+json');
    const body = response.json() as { detail?: string; problems?: Array<{ file?: unknown }> };
    // Located: every listed problem names its file; a problem without a list says what in its detail.
    if (body.problems) for (const problem of body.problems) expect(typeof problem.file).toBe('string');
    else expect(body.detail).toBeTruthy();
    expect(await snapshot()).toBe(before);
  }
  return response.statusCode;
};

const property = async (name: string, upload: fc.Arbitrary<Upload>) => {
  const statuses: number[] = [];
  await fc.assert(
    fc.asyncProperty(upload, async (generated) => {
      statuses.push(await checkUpload(generated));
    }),
    { seed, numRuns: runsPerContainer, endOnFailure: true },
  );
  expect(statuses, name).toHaveLength(runsPerContainer);
};

/** Cells a careless or hostile spreadsheet holds: near-valid values, wrong types, formulas, extremes. */
const cellText = fc.oneof(
  fc.constantFrom('', ' ', 'dol', 'iwt', 'state', 'north', 'mfg', '2025', '2025-02-30', '1e308', '-5', '$1,000'),
  fc.constantFrom('=HYPERLINK("http://x")', '@SUM(1)', '\t=1+1', 'javascript:alert(1)', 'a;b;;c', '"', '\u0000'),
  fc.string({ maxLength: 12 }),
  fc.double().map(String),
);

const tableName = fc.oneof(fc.constantFrom(...entities.map((entity) => entity.name)), fc.constantFrom('hello', ''));

const csvTable = fc
  .record({
    table: tableName,
    extra: fc.array(fc.string({ maxLength: 6 }), { maxLength: 2 }),
    pick: fc.integer({ min: 1, max: 20 }),
    rows: fc.array(fc.array(cellText, { maxLength: 8 }), { maxLength: 6 }),
  })
  .map(({ table, extra, pick, rows }) => {
    const columns = entities.find((entity) => entity.name === table)?.columns.slice(0, pick) ?? ['id', 'name'];
    return { table, header: [...columns, ...extra], rows };
  });

const csvUpload: fc.Arbitrary<Upload> = fc
  .record({ tables: fc.array(csvTable, { minLength: 1, maxLength: 3 }), replace: fc.boolean() })
  .map(({ tables, replace }) => ({
    query: `mode=${replace ? 'replace' : 'upsert'}`,
    files: tables.map(({ table, header, rows }) => ({
      name: `${table}.csv`,
      content: Buffer.from(Papa.unparse([header, ...rows])),
    })),
  }));

const jsonValue = fc.oneof(
  cellText,
  fc.integer(),
  fc.constant(null),
  fc.boolean(),
  fc.array(cellText, { maxLength: 3 }),
);
const jsonUpload: fc.Arbitrary<Upload> = fc
  .record({
    format: fc.constantFrom('braid/1', 'braid/1', 'other', undefined),
    tables: fc.dictionary(
      tableName,
      fc.oneof(
        fc.array(fc.dictionary(fc.constantFrom('id', 'name', 'level', 'agency_id', 'amount', 'x'), jsonValue)),
        jsonValue,
      ),
      { maxKeys: 3 },
    ),
  })
  .map(({ format, tables }) => ({
    query: 'mode=upsert',
    files: [{ name: 'map.json', content: Buffer.from(JSON.stringify({ format, ...tables })) }],
  }));

const xlsxCell = fc.oneof(
  cellText,
  fc.integer(),
  fc.date({ noInvalidDate: true }),
  fc.constant({ formula: 'A1+1' }),
  fc.constant({ error: '#N/A' }),
  fc.constant({ richText: [{ text: 'rich' }] }),
);
type Sheet = { table: { table: string; header: string[] }; cells: unknown[][] };
const xlsxSheets: fc.Arbitrary<Sheet[]> = fc.array(
  fc.record({ table: csvTable, cells: fc.array(fc.array(xlsxCell, { maxLength: 6 }), { maxLength: 4 }) }),
  { minLength: 1, maxLength: 2 },
);

const toWorkbook = async (sheets: Sheet[]) => {
  const book = new ExcelJS.Workbook();
  for (const [index, { table, cells }] of sheets.entries()) {
    const sheet = book.addWorksheet(`${table.table || 'sheet'}${index > 0 ? ` ${index}` : ''}`.slice(0, 31));
    sheet.addRow(table.header);
    for (const row of cells) sheet.addRow(row as ExcelJS.CellValue[]);
  }
  return Buffer.from(await book.xlsx.writeBuffer());
};

/** A real record of a public source with some fields swapped for hostile values. */
const mutated = (records: Array<Record<string, unknown>>) =>
  fc
    .record({
      index: fc.nat({ max: records.length - 1 }),
      changes: fc.dictionary(fc.constantFrom(...Object.keys(records[0] ?? {})), jsonValue, { maxKeys: 5 }),
      broken: fc.constantFrom(false, false, true),
    })
    .map(({ index, changes, broken }) => (broken ? null : { ...records[index], ...changes }));

const paGrants = (
  JSON.parse(readFileSync(join(realDir, 'pa-grants-portal-2025.json'), 'utf8')) as {
    grants: Array<Record<string, unknown>>;
  }
).grants.slice(0, 5);
const paUpload: fc.Arbitrary<Upload> = fc.array(mutated(paGrants), { minLength: 1, maxLength: 3 }).map((grants) => ({
  query: 'mode=upsert&source=pa-portal',
  files: [{ name: 'pa.json', content: Buffer.from(JSON.stringify({ grants })) }],
}));

const caBody = JSON.parse(readFileSync(join(realDir, 'ca-grants-portal-2025-06.json'), 'utf8')) as {
  result?: { fields: Array<{ id: string }>; records: unknown[][] };
  fields?: Array<{ id: string }>;
  records?: unknown[][];
};
const caFields = (caBody.result ?? caBody).fields ?? [];
const caRecords = ((caBody.result ?? caBody).records ?? [])
  .slice(0, 5)
  .map((record) => Object.fromEntries(caFields.map((field, column) => [field.id, record[column]])));
const caUpload: fc.Arbitrary<Upload> = fc.array(mutated(caRecords), { minLength: 1, maxLength: 3 }).map((records) => ({
  query: 'mode=upsert&source=ca-portal',
  files: [{ name: 'ca.json', content: Buffer.from(JSON.stringify({ records })) }],
}));

const csvHead = (name: string, lines: number) => readFileSync(join(realDir, name), 'utf8').split('\n').slice(0, lines);
const sourceCsv = (header: string) =>
  fc
    .array(fc.array(cellText, { minLength: 1, maxLength: header.split(',').length + 1 }), { maxLength: 4 })
    .map((rows) => `${header}\n${Papa.unparse(rows)}\n`);

const grantsGovHeader = csvHead('grants-gov-opportunities-2009-2023.csv', 1)[0] ?? '';
const grantsGovUpload: fc.Arbitrary<Upload> = sourceCsv(grantsGovHeader).map((text) => ({
  query: 'mode=upsert&source=grants-gov&as_of=2024-01-01',
  files: [{ name: 'grants-gov.csv', content: Buffer.from(text) }],
}));

const fpiNames = [
  'fpi-programs-2023.csv',
  'fpi-program-obligations-2023.csv',
  'fpi-program-categories-2023.csv',
  'fpi-program-applicant-types-2023.csv',
];
const fpiUpload: fc.Arbitrary<Upload> = fc
  .tuple(...fpiNames.map((name) => sourceCsv(csvHead(name, 1)[0] ?? '')), fc.nat({ max: 4 }))
  .map(([programs, obligations, categories, applicantTypes, drop]) => ({
    query: 'mode=upsert&source=fpi&fiscal_year=2023&categories=all',
    files: [programs, obligations, categories, applicantTypes]
      .map((text, index) => ({ name: fpiNames[index] ?? 'x.csv', content: Buffer.from(String(text)) }))
      .filter((_, index) => index !== drop),
  }));

describe('fuzzed imports: 2xx or a located 4xx, never 5xx, and nothing changed by a rejection', () => {
  it('CSV files', () => property('csv', csvUpload));
  it('JSON bundles', () => property('json', jsonUpload));
  it('XLSX workbooks', async () => {
    const statuses: number[] = [];
    await fc.assert(
      fc.asyncProperty(xlsxSheets, async (sheets) => {
        const content = await toWorkbook(sheets);
        statuses.push(await checkUpload({ query: 'mode=upsert', files: [{ name: 'map.xlsx', content }] }));
      }),
      { seed, numRuns: runsPerContainer, endOnFailure: true },
    );
    expect(statuses).toHaveLength(runsPerContainer);
  });
  it('the Pennsylvania portal', () => property('pa-portal', paUpload));
  it('the California portal', () => property('ca-portal', caUpload));
  it('Grants.gov', () => property('grants-gov', grantsGovUpload));
  it('the Federal Program Inventory', () => property('fpi', fpiUpload));
});
