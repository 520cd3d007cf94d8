import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoDir, folderFiles } from '../../server/seed/load-demo.js';
import { importFiles } from '../helpers/fixtures.js';
import { buildTestApp, resetDatabase } from '../helpers/test-app.js';

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildTestApp();
  await resetDatabase();
});
afterAll(async () => app.close());

const exportJson = async () => (await app.inject({ method: 'GET', url: '/api/export?format=json' })).json();

describe('the demo map (seed/demo)', () => {
  it('imports through the upload API with the sizes the demo promises', async () => {
    const response = await importFiles(app, folderFiles(demoDir));
    expect(response.statusCode).toBe(200);
    const { tables } = response.json();
    expect(tables.agencies.created).toBeGreaterThanOrEqual(25);
    expect(tables.funding_streams.created).toBeGreaterThanOrEqual(100);
    expect(tables.objectives.created).toBeGreaterThanOrEqual(40);
    expect(tables.releases.created).toBeGreaterThanOrEqual(150);
    expect(tables.requests.created).toBeGreaterThanOrEqual(80);
    expect(tables.partnerships.created).toBeGreaterThanOrEqual(20);
  });

  it('survives export, import into an empty database and export again unchanged', async () => {
    const before = await exportJson();
    const xlsx = (await app.inject({ method: 'GET', url: '/api/export?format=xlsx' })).rawPayload;
    await resetDatabase();
    expect((await importFiles(app, [{ name: 'demo.xlsx', content: xlsx }])).statusCode).toBe(200);
    expect(await exportJson()).toEqual(before);
  });
});
