import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, resetDatabase } from '../helpers/test-app.js';
import { importFiles, loadSmallMap } from '../helpers/fixtures.js';

// Issue #10 point 5 for every reference of a table to itself (the catalog has two: an agency's parent_id and a
// stream's passes_through_id): a cycle is refused at its cell by import, PUT or a mix of upload and map, and
// nothing is written, so an export always imports back.
let app: FastifyInstance;
beforeAll(async () => {
  app = await buildTestApp();
});
afterAll(async () => app.close());
beforeEach(async () => {
  await resetDatabase();
  await loadSmallMap(app);
});

const csv = (name: string, text: string) => ({ name, content: Buffer.from(text) });
const header = 'id,name,agency_id,source,fiscal_year,amount,objective_ids,passes_through_id\n';
const stream = (id: string, upstream = '') => `${id},Stream ${id},dol-wd,state,2025,10,iwt,${upstream}\n`;
const exportJson = async () => (await app.inject({ method: 'GET', url: '/api/export?format=json' })).json();
const putStream = (id: string, upstream: string | null) =>
  app.inject({
    method: 'PUT',
    url: `/api/funding-streams/${id}`,
    payload: {
      id,
      name: `Stream ${id}`,
      agency_id: 'dol-wd',
      source: 'state',
      fiscal_year: 2025,
      amount: 10,
      objective_ids: ['iwt'],
      passes_through_id: upstream,
    },
  });

const expectCycleAt = (response: { statusCode: number; json: () => unknown }, row: number | undefined) => {
  expect(response.statusCode).toBe(400);
  const { problems } = response.json() as { problems: Array<Record<string, unknown>> };
  expect(problems).toContainEqual(
    expect.objectContaining({
      ...(row === undefined ? {} : { row }),
      column: 'passes_through_id',
      message: expect.stringMatching(/cycle/),
    }),
  );
};

describe('a stream never passes through itself', () => {
  it('an import of a stream passing through itself is a 400 at its cell, and nothing is written', async () => {
    const before = await exportJson();
    const response = await importFiles(app, [csv('funding_streams.csv', `${header}${stream('loop', 'loop')}`)]);
    expectCycleAt(response, 2);
    expect((response.json() as { problems: Array<{ file: string }> }).problems[0]?.file).toBe('funding_streams.csv');
    expect(await exportJson()).toEqual(before);
  });

  it('an import of A -> B -> A is refused at both rows', async () => {
    const response = await importFiles(app, [
      csv('funding_streams.csv', `${header}${stream('a', 'b')}${stream('b', 'a')}`),
    ]);
    expectCycleAt(response, 2);
    expectCycleAt(response, 3);
  });

  it('an upload that closes a cycle through streams already in the map is refused', async () => {
    expect(
      (await importFiles(app, [csv('funding_streams.csv', `${header}${stream('a')}${stream('b', 'a')}`)])).statusCode,
    ).toBe(200);
    const before = await exportJson();
    // b already passes through a; now a would pass through b.
    expectCycleAt(await importFiles(app, [csv('funding_streams.csv', `${header}${stream('a', 'b')}`)]), 2);
    expect(await exportJson()).toEqual(before);
  });

  it('a PUT that makes a stream pass through itself or its own downstream is a 400, and the export imports back', async () => {
    expect(
      (
        await importFiles(app, [
          csv('funding_streams.csv', `${header}${stream('a')}${stream('b', 'a')}${stream('c', 'b')}`),
        ])
      ).statusCode,
    ).toBe(200);
    expectCycleAt(await putStream('a', 'a'), undefined);
    expectCycleAt(await putStream('a', 'c'), undefined);
    expect((await putStream('c', 'a')).statusCode).toBe(200);
    const backup = await exportJson();
    await resetDatabase();
    expect((await importFiles(app, [csv('map.json', JSON.stringify(backup))])).statusCode).toBe(200);
  });

  it('a replace is judged on the upload alone: a chain that was a cycle with the old map is fine', async () => {
    expect(
      (await importFiles(app, [csv('funding_streams.csv', `${header}${stream('a')}${stream('b', 'a')}`)])).statusCode,
    ).toBe(200);
    const backup = await exportJson();
    const streams = (backup.funding_streams as Array<Record<string, unknown>>).map((row) =>
      row.id === 'a' ? { ...row, passes_through_id: 'b' } : row.id === 'b' ? { ...row, passes_through_id: null } : row,
    );
    const replaced = await importFiles(
      app,
      [csv('map.json', JSON.stringify({ ...backup, funding_streams: streams }))],
      'replace',
    );
    expect(replaced.statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/api/funding-streams/a' })).json().passes_through_id).toBe('b');
  });
});
