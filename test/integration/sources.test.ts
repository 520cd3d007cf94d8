import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SourceList } from '../../server/contract/sources.js';
import { buildTestApp, resetDatabase } from '../helpers/test-app.js';

// GET /api/sources: what the upload page offers, read from the one registry of public sources.

let viewer: FastifyInstance;
let anonymous: FastifyInstance;
beforeAll(async () => {
  await resetDatabase();
  viewer = await buildTestApp({ role: 'viewer' });
  anonymous = await buildTestApp({ role: null });
});
afterAll(async () => {
  await viewer.close();
  await anonymous.close();
});

describe('GET /api/sources', () => {
  it('lists every public source with its label and the options it asks for', async () => {
    const response = await viewer.inject({ method: 'GET', url: '/api/sources' });
    expect(response.statusCode).toBe(200);
    const { sources } = response.json<SourceList>();
    expect(sources.map((source) => source.name)).toEqual(['pa-portal', 'ca-portal', 'fpi', 'grants-gov']);
    expect(sources.find((source) => source.name === 'pa-portal')).toEqual({
      name: 'pa-portal',
      label: 'Pennsylvania grants portal export (JSON)',
      options: [
        {
          name: 'open_ended_closes',
          label: 'Close date for releases the source lists as never closing (optional; otherwise they are skipped)',
          type: 'date',
          required: false,
        },
      ],
    });
    const fpi = sources.find((source) => source.name === 'fpi')!;
    expect(fpi.options.map(({ name, type, required }) => [name, type, required])).toEqual([
      ['categories', 'text', true],
      ['fiscal_year', 'number', false],
      ['as_of', 'date', false],
    ]);
    expect(sources.find((source) => source.name === 'grants-gov')!.options.map((option) => option.name)).toEqual([
      'open_ended_closes',
      'as_of',
    ]);
  });

  it('is read by viewers and refused to callers who have not signed in', async () => {
    expect((await anonymous.inject({ method: 'GET', url: '/api/sources' })).statusCode).toBe(401);
  });

  it('names the sources the import accepts, and the import refuses any other', async () => {
    const response = await viewer.inject({ method: 'GET', url: '/api/docs/json' });
    const importQuery = (
      response.json() as {
        paths: Record<string, { post?: { parameters?: Array<{ name: string; schema?: { enum?: string[] } }> } }>;
      }
    ).paths['/api/import']!.post!.parameters!;
    expect(importQuery.find((parameter) => parameter.name === 'source')?.schema?.enum).toEqual([
      'pa-portal',
      'ca-portal',
      'fpi',
      'grants-gov',
    ]);
    expect(importQuery.map((parameter) => parameter.name)).toEqual(
      expect.arrayContaining(['open_ended_closes', 'categories', 'fiscal_year', 'as_of']),
    );
  });
});
