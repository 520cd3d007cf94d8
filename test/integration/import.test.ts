import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import Papa from 'papaparse';
import { entities, entityByName } from '../../server/domain/catalog.js';
import { buildTestApp, resetDatabase } from '../helpers/test-app.js';
import { TEST_TODAY } from '../helpers/today.js';
import { fixtureFiles, importFiles } from '../helpers/fixtures.js';

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildTestApp();
});
afterAll(async () => app.close());
beforeEach(resetDatabase);

const exportJson = async () => (await app.inject({ method: 'GET', url: '/api/export?format=json' })).json();

describe('import', () => {
  it('imports a folder of CSV files and reports what it created', async () => {
    const response = await importFiles(app, fixtureFiles('small'));
    expect(response.statusCode).toBe(200);
    const report = response.json();
    expect(report.tables.agencies).toEqual({ created: 4, updated: 0, unchanged: 0, deleted: 0 });
    expect(report.tables.funding_streams.created).toBe(3);
    expect(report.tables.requests.created).toBe(3);
    expect(report.tables.awards.created).toBe(2);
    const stream = (await app.inject({ method: 'GET', url: '/api/funding-streams/wioa-adult' })).json();
    expect(stream).toMatchObject({
      amount: 12_500_000,
      agency_id: 'dol-wd',
      eligible_applicants: ['workforce board', 'nonprofit'],
      objective_ids: ['iwt'],
      source_url: 'https://sam.gov/fal/07843c3758cb453c86b0fd0209e952ad/view',
      as_of: '2025-07-01',
    });
    const appr = (await app.inject({ method: 'GET', url: '/api/funding-streams/state-appr' })).json();
    expect(appr.match_percent).toBe(25);
    const release = (await app.inject({ method: 'GET', url: '/api/releases/rel-ded-1' })).json();
    expect(release.amount).toBeUndefined();
  });

  it('importing the same files twice changes nothing', async () => {
    await importFiles(app, fixtureFiles('small'));
    const before = await exportJson();
    const second = (await importFiles(app, fixtureFiles('small'))).json();
    for (const counts of Object.values(second.tables) as Array<Record<string, number>>) {
      expect(counts.created).toBe(0);
      expect(counts.updated).toBe(0);
    }
    expect(second.tables.funding_streams.unchanged).toBe(3);
    expect(await exportJson()).toEqual(before);
  });

  it('lists every problem with file, row and column, and writes nothing', async () => {
    const response = await importFiles(
      app,
      fixtureFiles('small', {
        'funding_streams.csv':
          'id,name,agency_id,source,fiscal_year,amount,objective_ids\n' +
          'ok-stream,Fine,dol,state,2025,100,iwt\n' +
          'bad-amount,Bad,dol,state,2025,-5,iwt\n' +
          'bad-ref,Bad ref,nobody,state,20x5,100,iwt;ghost\n' +
          'ok-stream,Duplicate,dol,state,2025,100,iwt\n',
        'releases.csv':
          'id,title,agency_id,opens,closes,objective_ids\n' +
          'r1,Backwards,dol,2025-05-01,2025-04-01,iwt\n' +
          'r2,Bad date,dol,2025-02-30,2025-03-01,iwt\n',
      }),
    );
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const problems = response.json().problems as Array<Record<string, unknown>>;
    const at = (file: string, row: number, column: string) =>
      problems.find((problem) => problem.file === file && problem.row === row && problem.column === column);
    expect(at('funding_streams.csv', 3, 'amount')?.message).toBe('amount must not be negative');
    expect(at('funding_streams.csv', 4, 'fiscal_year')?.message).toContain('fiscal year');
    expect(at('funding_streams.csv', 5, 'id')?.message).toContain('already given in funding_streams.csv row 2');
    expect(at('releases.csv', 2, 'closes')?.message).toBe('closes must not be before opens');
    expect(at('releases.csv', 3, 'opens')?.message).toBe('opens is not a real calendar date');
    expect(await exportJson()).toMatchObject({ agencies: [], funding_streams: [] });
  });

  it('reports references to ids that exist nowhere', async () => {
    const response = await importFiles(app, [
      ...fixtureFiles('small').filter((file) => file.name !== 'funding_streams.csv'),
      {
        name: 'funding_streams.csv',
        content: Buffer.from(
          'id,name,agency_id,source,fiscal_year,amount,objective_ids\ns1,S,nobody,state,2025,100,iwt;ghost\n',
        ),
      },
    ]);
    const problems = response.json().problems as Array<Record<string, unknown>>;
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: 'funding_streams.csv',
        row: 2,
        column: 'agency_id',
        message: expect.stringContaining('"nobody"'),
      }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({ column: 'objective_ids', message: expect.stringContaining('"ghost"') }),
    );
  });

  it('a bad row in the last file leaves an existing map exactly as it was', async () => {
    await importFiles(app, fixtureFiles('small'));
    const before = await exportJson();
    const response = await importFiles(
      app,
      fixtureFiles('small', {
        'agencies.csv': 'id,name,level\ndol,Renamed Labor,state\nnew-agency,New,state\n',
        'solutions.csv': 'id,name,objective_ids\niwt-sol,Upskilling,iwt\nbroken,Broken,\n',
      }),
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().problems).toEqual([
      expect.objectContaining({ file: 'solutions.csv', row: 3, column: 'objective_ids' }),
    ]);
    expect(await exportJson()).toEqual(before);
  });

  it('updates changed rows and keeps references in step', async () => {
    await importFiles(app, fixtureFiles('small'));
    const response = await importFiles(app, [
      {
        name: 'funding_streams.csv',
        content: Buffer.from(
          'id,name,agency_id,source,fiscal_year,amount,objective_ids,sector_ids\nded-training,Employer Training Grants,dol,state,2025,3500000,iwt;childcare,health\n',
        ),
      },
    ]);
    expect(response.json().tables.funding_streams).toEqual({ created: 0, updated: 1, unchanged: 0, deleted: 0 });
    const stream = (await app.inject({ method: 'GET', url: '/api/funding-streams/ded-training' })).json();
    expect(stream).toMatchObject({
      agency_id: 'dol',
      amount: 3_500_000,
      objective_ids: ['childcare', 'iwt'],
      sector_ids: ['health'],
    });
    expect(stream.flexibility).toBeUndefined();
  });

  it('replace mode swaps the whole map and counts what went', async () => {
    await importFiles(app, fixtureFiles('small'));
    const response = await importFiles(
      app,
      [
        { name: 'agencies.csv', content: Buffer.from('id,name,level\nsolo,Only Agency,state\n') },
        { name: 'objectives.csv', content: Buffer.from('id,name\niwt,Incumbent worker training\n') },
      ],
      'replace',
      '&confirm=delete-missing',
    );
    expect(response.statusCode).toBe(200);
    expect(response.json().tables.agencies).toEqual({ created: 1, updated: 0, unchanged: 0, deleted: 4 });
    const map = await exportJson();
    expect(map.agencies.map((agency: { id: string }) => agency.id)).toEqual(['solo']);
    expect(map.funding_streams).toEqual([]);
  });

  it('round-trips: export, import into an empty database, export again gives the same data (JSON and XLSX)', async () => {
    await importFiles(app, fixtureFiles('small'));
    const json = await exportJson();
    const xlsx = (await app.inject({ method: 'GET', url: '/api/export?format=xlsx' })).rawPayload;
    await resetDatabase();
    expect(
      (await importFiles(app, [{ name: 'map.json', content: Buffer.from(JSON.stringify(json)) }])).statusCode,
    ).toBe(200);
    expect(await exportJson()).toEqual(json);
    await resetDatabase();
    const viaXlsx = await importFiles(app, [{ name: 'map.xlsx', content: xlsx }]);
    expect(viaXlsx.statusCode).toBe(200);
    expect(await exportJson()).toEqual(json);
  });

  it('exports a zip of CSV files, one per table with provenance, that imports back to the same map', async () => {
    await importFiles(app, fixtureFiles('small'));
    const json = await exportJson();
    const response = await app.inject({ method: 'GET', url: '/api/export?format=csv' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/zip');
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="braid-map-\d{4}-\d{2}-\d{2}-csv\.zip"$/,
    );
    const zip = await JSZip.loadAsync(response.rawPayload);
    const names = Object.keys(zip.files).sort();
    expect(names).toEqual([...entities.map((entity) => `${entity.name}.csv`), 'provenance.csv'].sort());
    const streams = await zip.file('funding_streams.csv')!.async('string');
    expect(streams.split(/\r?\n/)[0]).toBe(entityByName('funding_streams').columns.join(','));
    expect(streams).toContain('https://sam.gov/fal/07843c3758cb453c86b0fd0209e952ad/view');
    const provenance = Papa.parse<Record<string, string>>(await zip.file('provenance.csv')!.async('string'), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(provenance.find((row) => row.table === 'funding_streams')).toEqual({
      table: 'funding_streams',
      rows: '3',
      as_of_earliest: '2025-07-01',
      as_of_latest: '2025-07-01',
      rows_with_source_url: String(
        json.funding_streams.filter((row: { source_url?: string }) => row.source_url).length,
      ),
      exported_on: TEST_TODAY,
    });
    await resetDatabase();
    const tables = await Promise.all(
      names
        .filter((name) => name !== 'provenance.csv')
        .map(async (name) => ({ name, content: Buffer.from(await zip.file(name)!.async('uint8array')) })),
    );
    const reimported = await importFiles(app, tables);
    expect(reimported.statusCode, reimported.body).toBe(200);
    expect(await exportJson()).toEqual(json);
  });

  it('rejects a file that names no table', async () => {
    const response = await importFiles(app, [{ name: 'budget.csv', content: Buffer.from('a,b\n1,2\n') }]);
    expect(response.statusCode).toBe(400);
    expect(response.json().problems[0]).toMatchObject({
      file: 'budget.csv',
      message: expect.stringContaining('does not name a table'),
    });
  });
});
