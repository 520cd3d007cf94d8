import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadSmallMap } from '../helpers/fixtures.js';
import { buildTestApp, resetDatabase } from '../helpers/test-app.js';

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildTestApp();
});
afterAll(async () => app.close());
beforeEach(async () => {
  await resetDatabase();
  await loadSmallMap(app);
});

const get = (url: string) => app.inject({ method: 'GET', url });

describe('CRUD', () => {
  it('lists with filters, search, sort and pagination', async () => {
    const byAgency = (await get('/api/funding-streams?agency_id=dol-wd')).json();
    expect(byAgency.items.map((row: { id: string }) => row.id)).toEqual(['wioa-adult']);
    const byObjective = (await get('/api/releases?objective_ids=iwt&sort=-opens')).json();
    expect(byObjective.items.map((row: { id: string }) => row.id)).toEqual(['rel-ded-1', 'rel-ao-1', 'rel-wd-1']);
    const page = (await get('/api/agencies?sort=name&limit=2&offset=1')).json();
    expect(page).toMatchObject({ total: 4, limit: 2, offset: 1 });
    // By name: Apprenticeship Office, Department of Economic Development, Department of Labor, Workforce ...
    expect(page.items.map((row: { id: string }) => row.id)).toEqual(['ded', 'dol']);
    expect((await get('/api/partnerships?q=health')).json().items).toHaveLength(1);
  });

  it('rejects an unknown filter or sort column with 400', async () => {
    const response = await get('/api/agencies?colour=red');
    expect(response.statusCode).toBe(400);
    expect(response.json().detail).toContain('Unknown filter colour');
    expect((await get('/api/agencies?sort=colour')).statusCode).toBe(400);
  });

  it('creates, reads, updates and deletes a funding stream', async () => {
    const body = {
      id: 'new-stream',
      name: 'New Stream',
      agency_id: 'ded',
      source: 'state',
      fiscal_year: 2026,
      amount: '$1,000',
      objective_ids: ['iwt'],
    };
    const created = await app.inject({ method: 'POST', url: '/api/funding-streams', payload: body });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ id: 'new-stream', amount: 1000, objective_ids: ['iwt'] });
    expect((await app.inject({ method: 'POST', url: '/api/funding-streams', payload: body })).statusCode).toBe(409);

    const updated = await app.inject({
      method: 'PUT',
      url: '/api/funding-streams/new-stream',
      payload: { ...body, amount: 2500, flexibility: 'flexible' },
    });
    expect(updated.statusCode).toBe(200);
    expect(updated.json()).toMatchObject({ amount: 2500, flexibility: 'flexible' });

    expect((await app.inject({ method: 'DELETE', url: '/api/funding-streams/new-stream' })).statusCode).toBe(204);
    expect((await get('/api/funding-streams/new-stream')).statusCode).toBe(404);
  });

  it('answers 400 with the offending field for bad input', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/releases',
      payload: {
        id: 'r-bad',
        title: 'Bad',
        agency_id: 'dol',
        opens: '2025-05-01',
        closes: '2025-04-01',
        objective_ids: ['iwt'],
      },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().problems).toEqual([
      expect.objectContaining({ column: 'closes', message: 'closes must not be before opens' }),
    ]);
  });

  it('answers 404 for a missing row and for a PUT to one', async () => {
    const missing = await get('/api/agencies/nobody');
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ status: 404, detail: 'No agency "nobody".' });
    const put = await app.inject({
      method: 'PUT',
      url: '/api/agencies/nobody',
      payload: { id: 'nobody', name: 'N', level: 'state' },
    });
    expect(put.statusCode).toBe(404);
  });

  it('refuses to change a key through PUT', async () => {
    const response = await app.inject({
      method: 'PUT',
      url: '/api/agencies/dol',
      payload: { id: 'labor', name: 'Labor', level: 'state' },
    });
    expect(response.statusCode).toBe(400);
  });

  it('refuses with 409 to delete a row others refer to, naming them', async () => {
    const response = await app.inject({ method: 'DELETE', url: '/api/objectives/childcare' });
    expect(response.statusCode).toBe(409);
    expect(response.json().dependents).toEqual([{ entity: 'solutions', id: 'childcare-sol' }]);
  });

  it('addresses requests and awards by their natural keys', async () => {
    const request = await get(`/api/requests/${encodeURIComponent('north-mfg|iwt-sol')}`);
    expect(request.json()).toMatchObject({ priority: 1, estimated_cost: 400_000 });
    const awardKey = encodeURIComponent('wioa-adult|north-mfg|2025|rel-wd-1');
    expect((await get(`/api/awards/${awardKey}`)).json()).toMatchObject({ amount: 200_000 });
    expect((await app.inject({ method: 'DELETE', url: `/api/awards/${awardKey}` })).statusCode).toBe(204);
    expect((await get('/api/awards')).json().total).toBe(1);
    // Deleting a partnership takes its own requests with it.
    expect((await app.inject({ method: 'DELETE', url: '/api/partnerships/south-health' })).statusCode).toBe(204);
    expect((await get('/api/requests')).json().total).toBe(2);
  });

  it('serves OpenAPI generated from the zod schemas', async () => {
    const spec = (await get('/api/docs/json')).json();
    expect(spec.paths['/api/funding-streams/']).toBeDefined();
    expect(JSON.stringify(spec)).toContain('assistance_listing');
  });

  it('writes the API docs in plain English: "an agency", "a funding stream"', async () => {
    const spec = (await get('/api/docs/json')).json();
    expect(spec.paths['/api/agencies/'].post.summary).toBe('Create an agency');
    expect(spec.paths['/api/objectives/{key}'].delete.summary).toBe('Delete an objective');
    expect(spec.paths['/api/funding-streams/{key}'].put.summary).toBe('Replace a funding stream');
    expect(JSON.stringify(spec)).not.toMatch(/\ba [aeiou]/i);
  });
});
