import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fixtureFiles, importFiles, loadSmallMap } from '../helpers/fixtures.js';
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
const exportMap = async () => (await get('/api/export?format=json')).json();
const undo = (id: string, cascade = false) =>
  app.inject({ method: 'POST', url: `/api/changes/${id}/undo${cascade ? '?cascade=true' : ''}` });

// The small map, changed: WIOA Adult's amount, South Health (with its request) gone, a new objective.
const changedMap = () =>
  fixtureFiles('small', {
    'funding_streams.csv': fixtureFiles('small')
      .find((file) => file.name === 'funding_streams.csv')!
      .content.toString()
      .replace('"$12,500,000"', '13000000'),
    'partnerships.csv':
      'id,name,region_id,sector_ids,stage,applicant_type,business_champions\nnorth-mfg,North Manufacturing Partnership,north,mfg,implementing,nonprofit,12\n',
    'requests.csv':
      'partnership_id,solution_id,priority,year,estimated_cost\nnorth-mfg,iwt-sol,1,2025,"$400,000"\nnorth-mfg,childcare-sol,2,2025,150000\n',
    'objectives.csv':
      'id,name,category\niwt,Incumbent worker training,training\napprenticeship,Registered apprenticeship,training\nchildcare,Childcare for trainees,supportive services\ndigital,Digital skills,training\n',
  });

describe('change-sets', () => {
  it('keeps each import as a change-set listing the rows it added', async () => {
    const list = (await get('/api/changes')).json();
    expect(list.total).toBe(1);
    const [first] = list.items;
    expect(first).toMatchObject({ kind: 'import', action: 'import.upsert', actor: { id: 'test-admin', kind: 'user' } });
    expect(first.counts.agencies).toEqual({ created: 4, updated: 0, deleted: 0 });
    const detail = (await get(`/api/changes/${first.id}`)).json();
    expect(detail.tables.regions.added.map((row: { key: string }) => row.key)).toEqual(['north', 'south']);
    expect(detail.tables.requests.added).toHaveLength(3);
  });

  it('writes only the difference on replace, and shows it per table', async () => {
    const response = await importFiles(app, changedMap(), 'replace');
    expect(response.statusCode).toBe(200);
    const report = response.json();
    expect(report.tables.funding_streams).toEqual({ created: 0, updated: 1, unchanged: 2, deleted: 0 });
    expect(report.tables.partnerships).toEqual({ created: 0, updated: 0, unchanged: 1, deleted: 1 });
    expect(report.tables.requests).toMatchObject({ unchanged: 2, deleted: 1 });
    const detail = (await get(`/api/changes/${report.change_set_id}`)).json();
    expect(detail.tables.funding_streams.changed).toEqual([
      { key: 'wioa-adult', fields: [{ field: 'amount', before: 12500000, after: 13000000 }] },
    ]);
    expect(detail.tables.partnerships.removed).toEqual([
      expect.objectContaining({
        key: 'south-health',
        row: expect.objectContaining({ name: 'South Health Partnership' }),
      }),
    ]);
    expect(detail.tables.objectives.added.map((row: { key: string }) => row.key)).toEqual(['digital']);
    expect(detail.tables.agencies).toBeUndefined();
    // Unchanged rows were not rewritten: their version (ETag) is the one the first import gave them.
    expect((await get('/api/agencies/dol')).headers.etag).toBe('"1"');
    expect((await get('/api/funding-streams/wioa-adult')).headers.etag).toBe('"2"');
  });

  it('export, replace, undo, export gives the same data', async () => {
    const before = await exportMap();
    const replaced = (await importFiles(app, changedMap(), 'replace')).json();
    expect(await exportMap()).not.toEqual(before);
    const undone = await undo(replaced.change_set_id);
    expect(undone.statusCode).toBe(200);
    expect(undone.json().undone).toEqual([replaced.change_set_id]);
    expect(await exportMap()).toEqual(before);
    // The undo is a change-set of its own, and the replace is marked undone by it.
    const replace = (await get(`/api/changes/${replaced.change_set_id}`)).json();
    expect(replace.undone_by).toBe(undone.json().change_set_id);
    expect((await undo(replaced.change_set_id)).statusCode).toBe(409);
  });

  it('a replace that empties the map can be undone', async () => {
    const before = await exportMap();
    const emptied = await importFiles(
      app,
      [{ name: 'regions.csv', content: Buffer.from('id,name\nwest,West Region\n') }],
      'replace',
      // Emptying tables the upload has no rows for must be confirmed (docs/reliability.md).
      '&confirm=delete-missing',
    );
    expect(emptied.statusCode).toBe(200);
    expect((await get('/api/agencies')).json().total).toBe(0);
    expect((await undo(emptied.json().change_set_id)).statusCode).toBe(200);
    expect(await exportMap()).toEqual(before);
  });

  it('refuses an undo when a later edit touched the same rows, listing them, unless cascade is asked', async () => {
    const before = await exportMap();
    const replaced = (await importFiles(app, changedMap(), 'replace')).json();
    const stream = (await get('/api/funding-streams/wioa-adult')).json();
    const edit = await app.inject({
      method: 'PUT',
      url: '/api/funding-streams/wioa-adult',
      payload: { ...stream, amount: 14000000 },
    });
    expect(edit.statusCode).toBe(200);

    const refused = await undo(replaced.change_set_id);
    expect(refused.statusCode).toBe(409);
    const problem = refused.json();
    expect(problem.rows).toEqual([
      expect.objectContaining({
        table: 'funding_streams',
        key: 'wioa-adult',
        expected: expect.objectContaining({ amount: 13000000 }),
        current: expect.objectContaining({ amount: 14000000 }),
      }),
    ]);
    expect(problem.later).toEqual([expect.objectContaining({ action: 'row.update' })]);
    // Nothing was changed by the refusal.
    expect((await get('/api/funding-streams/wioa-adult')).json().amount).toBe(14000000);

    const cascaded = await undo(replaced.change_set_id, true);
    expect(cascaded.statusCode).toBe(200);
    expect(cascaded.json().undone).toHaveLength(2);
    expect(await exportMap()).toEqual(before);
  });

  it('refuses to undo a creation that a later row depends on', async () => {
    const added = (
      await importFiles(app, [
        { name: 'objectives.csv', content: Buffer.from('id,name,category\ndigital,Digital skills,training\n') },
      ])
    ).json();
    const created = await app.inject({
      method: 'POST',
      url: '/api/solutions',
      payload: { id: 'digital-sol', name: 'Digital bootcamp', category: 'training', objective_ids: ['digital'] },
    });
    expect(created.statusCode).toBe(201);
    const refused = await undo(added.change_set_id);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().rows).toEqual([expect.objectContaining({ table: 'solutions', key: 'digital-sol' })]);
    expect((await get('/api/objectives/digital')).statusCode).toBe(200);
  });

  it('undoes a row delete, bringing a partnership back with its requests', async () => {
    const before = await exportMap();
    // Its award refers to it: remove that first, then the partnership (its requests go with it).
    const award = encodeURIComponent('wioa-adult|north-mfg|2025|rel-wd-1');
    expect((await app.inject({ method: 'DELETE', url: `/api/awards/${award}` })).statusCode).toBe(204);
    const award2 = encodeURIComponent('state-appr|north-mfg|2025|rel-ao-1');
    expect((await app.inject({ method: 'DELETE', url: `/api/awards/${award2}` })).statusCode).toBe(204);
    expect((await app.inject({ method: 'DELETE', url: '/api/partnerships/north-mfg' })).statusCode).toBe(204);
    expect((await get('/api/requests')).json().total).toBe(1);

    const edits = (await get('/api/changes?kind=edit')).json().items;
    expect(edits.map((set: { action: string }) => set.action)).toEqual(['row.delete', 'row.delete', 'row.delete']);
    for (const set of edits) expect((await undo(set.id)).statusCode).toBe(200);
    expect(await exportMap()).toEqual(before);
  });

  it('answers 404 for an unknown change-set and refuses to undo an undo', async () => {
    expect((await get('/api/changes/nope')).statusCode).toBe(404);
    expect((await undo('nope')).statusCode).toBe(404);
    const [first] = (await get('/api/changes')).json().items;
    const undone = (await undo(first.id)).json();
    const again = await undo(undone.change_set_id);
    expect(again.statusCode).toBe(409);
    expect(again.json().title).toBe('An undo cannot be undone');
  });
});
