import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  activities,
  agency,
  beneficiaries,
  getJson,
  loadGraph,
  objectives,
  release,
  stream,
} from '../fixtures/analytics/graph.js';
import { importFiles } from '../helpers/fixtures.js';
import { buildTestApp, resetDatabase } from '../helpers/test-app.js';

// Who a stream or release serves and what it buys: two tables like objectives, and two id lists that import,
// export, validate and re-link like every other reference.

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildTestApp();
});
afterAll(async () => app.close());
beforeEach(resetDatabase);

const base = {
  agencies: [agency('dol')],
  objectives: objectives('iwt'),
  beneficiaries: beneficiaries('youth', 'veterans'),
  activities: activities('training', 'career-services'),
};

describe('beneficiaries and activities', () => {
  it('stores the lists on streams and releases, sorted, and reads them back through the API and export', async () => {
    await loadGraph(app, {
      ...base,
      funding_streams: [
        stream('s1', 'dol', ['iwt'], {
          beneficiary_ids: ['youth', 'veterans'],
          activity_ids: ['training'],
        }),
        stream('s2', 'dol', ['iwt']),
      ],
      releases: [
        release('r1', 'dol', '2025-01-01', '2025-02-01', ['iwt'], {
          stream_id: 's1',
          activity_ids: ['career-services'],
        }),
      ],
    });
    const s1 = await getJson(app, '/api/funding-streams/s1');
    expect(s1).toMatchObject({ beneficiary_ids: ['veterans', 'youth'], activity_ids: ['training'] });
    // Blank stays blank (not known), never filled with every row of the table.
    const s2 = await getJson(app, '/api/funding-streams/s2');
    expect(s2).toMatchObject({ beneficiary_ids: [], activity_ids: [] });
    const r1 = await getJson(app, '/api/releases/r1');
    expect(r1).toMatchObject({ beneficiary_ids: [], activity_ids: ['career-services'] });
    const exported = await getJson<Record<string, Array<Record<string, unknown>>>>(app, '/api/export?format=json');
    expect(exported.beneficiaries?.map((row) => row.id)).toEqual(['veterans', 'youth']);
    expect(exported.activities?.map((row) => row.id)).toEqual(['career-services', 'training']);
    expect(exported.funding_streams?.find((row) => row.id === 's1')).toMatchObject({
      beneficiary_ids: ['veterans', 'youth'],
    });
  });

  it('re-links on update: a changed list replaces the old one', async () => {
    await loadGraph(app, {
      ...base,
      funding_streams: [stream('s1', 'dol', ['iwt'], { beneficiary_ids: ['youth'], activity_ids: ['training'] })],
    });
    await loadGraph(app, {
      funding_streams: [stream('s1', 'dol', ['iwt'], { beneficiary_ids: ['veterans'], activity_ids: [] })],
    });
    expect(await getJson(app, '/api/funding-streams/s1')).toMatchObject({
      beneficiary_ids: ['veterans'],
      activity_ids: [],
    });
  });

  it('answers a located 400 for an id that names no beneficiary or activity', async () => {
    const response = await importFiles(app, [
      { name: 'agencies.csv', content: Buffer.from('id,name,level\ndol,Labor,state\n') },
      { name: 'objectives.csv', content: Buffer.from('id,name\niwt,Training\n') },
      { name: 'beneficiaries.csv', content: Buffer.from('id,name\nyouth,Youth\n') },
      {
        name: 'funding_streams.csv',
        content: Buffer.from(
          'id,name,agency_id,source,fiscal_year,amount,objective_ids,beneficiary_ids,activity_ids\n' +
            's1,One,dol,state,2025,100,iwt,youth;ghosts,welding\n',
        ),
      },
    ]);
    expect(response.statusCode).toBe(400);
    const problems = response.json().problems as Array<Record<string, unknown>>;
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: 'funding_streams.csv', row: 2, column: 'beneficiary_ids' }),
        expect.objectContaining({ file: 'funding_streams.csv', row: 2, column: 'activity_ids' }),
      ]),
    );
    const ghost = problems.find((problem) => problem.column === 'beneficiary_ids');
    expect(String(ghost?.message)).toContain('ghosts');
  });

  it('refuses with 409 to delete a beneficiary a stream still serves, naming the stream', async () => {
    await loadGraph(app, {
      ...base,
      funding_streams: [stream('s1', 'dol', ['iwt'], { beneficiary_ids: ['youth'] })],
    });
    const refused = await app.inject({ method: 'DELETE', url: '/api/beneficiaries/youth' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().dependents).toEqual([{ entity: 'funding_streams', id: 's1' }]);
    const deleted = await app.inject({ method: 'DELETE', url: '/api/beneficiaries/veterans' });
    expect(deleted.statusCode).toBe(204);
  });
});
