import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyticFigures, type AnalyticName } from '../../server/contract/figures.js';
import type { FundingMap } from '../../server/contract/map.js';
import type { FigureProvenance } from '../../server/contract/provenance.js';
import { fixtureFiles, importFiles, loadSmallMap } from '../helpers/fixtures.js';
import { buildTestApp, resetDatabase } from '../helpers/test-app.js';

// The small map (test/fixtures/small): of its 3 streams one cites sam.gov and says as of 2025-07-01; no other
// table says an as-of date or a source. Each analytic answers, beside its figures, where each comes from.
let app: FastifyInstance;
beforeAll(async () => {
  await resetDatabase();
  app = await buildTestApp();
  await loadSmallMap(app);
});
afterAll(async () => app.close());

const draft = {
  title: 'Northern upskilling',
  agency_id: 'dol-wd',
  opens: '2025-03-20',
  closes: '2025-04-05',
  objective_ids: ['iwt'],
};

const urls: Record<AnalyticName, string> = {
  'duplicated-objectives': '/api/analytics/duplicated-objectives',
  'agency-overlap': '/api/analytics/agency-overlap',
  network: '/api/analytics/network',
  'competing-releases': '/api/analytics/competing-releases',
  'release-check': '/api/analytics/release-check',
  gaps: '/api/analytics/gaps',
  finder: '/api/analytics/match/north-mfg',
  braid: '/api/analytics/braid?partnership_id=north-mfg&solution_id=iwt-sol',
  repurpose: '/api/analytics/repurpose',
  scorecard: '/api/analytics/scorecard',
  'gao-review': '/api/analytics/gao-review',
  'money-flow': '/api/analytics/money-flow',
  changes: '/api/analytics/changes?from=2024&to=2025',
};

const provenanceOf = async (analytic: AnalyticName): Promise<FigureProvenance[]> => {
  const response =
    analytic === 'release-check'
      ? await app.inject({ method: 'POST', url: urls[analytic], payload: draft })
      : await app.inject({ method: 'GET', url: urls[analytic] });
  expect(response.statusCode, response.body).toBe(200);
  return response.json().provenance;
};

const figureOf = async (analytic: AnalyticName, figure: string): Promise<FigureProvenance> => {
  const found = (await provenanceOf(analytic)).find((item) => item.figure === figure);
  if (!found) throw new Error(`${analytic} says nothing of ${figure}`);
  return found;
};

describe('the provenance of every analytic figure', () => {
  it.each(Object.keys(urls) as AnalyticName[])(
    '%s names each of its figures and the tables it rests on',
    async (analytic) => {
      const provenance = await provenanceOf(analytic);
      const figures = analyticFigures[analytic];
      expect(provenance.map((item) => item.figure)).toEqual(Object.keys(figures));
      for (const item of provenance) {
        const definition = figures[item.figure as keyof typeof figures] as { title: string; tables: readonly string[] };
        expect(item.title).toBe(definition.title);
        expect(item.tables.map((table) => table.table)).toEqual(definition.tables);
      }
    },
  );

  it("says each table's rows, the rows citing a source, the sites they cite and the latest as-of", async () => {
    const heatmap = await figureOf('duplicated-objectives', 'heatmap');
    expect(heatmap.as_of).toBe('2025-07-01');
    expect(heatmap.tables).toEqual([
      { table: 'funding_streams', rows: 3, rows_with_source_url: 1, sites: ['sam.gov'], as_of_latest: '2025-07-01' },
      { table: 'agencies', rows: 4, rows_with_source_url: 0, sites: [], as_of_latest: null },
      { table: 'objectives', rows: 3, rows_with_source_url: 0, sites: [], as_of_latest: null },
    ]);
    // Requests are relationships of the graph, and still a table with rows.
    const mostRequested = await figureOf('gaps', 'most-requested');
    expect(mostRequested.tables[0]).toEqual({
      table: 'requests',
      rows: 3,
      rows_with_source_url: 0,
      sites: [],
      as_of_latest: null,
    });
    expect(mostRequested.as_of).toBeNull();
  });

  it('moves the as-of of the figures resting on a table after an import into it, and only of those', async () => {
    const releases = fixtureFiles('small').find((file) => file.name === 'releases.csv')!;
    const requests = fixtureFiles('small').find((file) => file.name === 'requests.csv')!;
    const withProvenance = (csv: string, source: string, asOf: string) => {
      const [header, ...rows] = csv.trimEnd().split('\n');
      return [`${header},source_url,as_of`, ...rows.map((row) => `${row},${source},${asOf}`)].join('\n') + '\n';
    };
    const response = await importFiles(app, [
      {
        name: 'releases.csv',
        content: Buffer.from(withProvenance(releases.content.toString(), 'https://www.pa.gov/grants/1', '2026-11-20')),
      },
      { name: 'requests.csv', content: Buffer.from(withProvenance(requests.content.toString(), '', '2026-10-05')) },
    ]);
    expect(response.statusCode, response.body).toBe(200);

    const pairs = await figureOf('competing-releases', 'pairs');
    expect(pairs.as_of).toBe('2026-11-20');
    expect(pairs.tables.find((table) => table.table === 'releases')).toEqual({
      table: 'releases',
      rows: 3,
      rows_with_source_url: 3,
      sites: ['pa.gov'],
      as_of_latest: '2026-11-20',
    });
    expect((await figureOf('gaps', 'most-requested')).as_of).toBe('2026-10-05');
    expect((await figureOf('duplicated-objectives', 'heatmap')).as_of).toBe('2025-07-01');
  });

  it('gives every node of the map its source and as-of, so a selection exported carries them', async () => {
    const objectives = fixtureFiles('small').find((file) => file.name === 'objectives.csv')!;
    const [header, ...rows] = objectives.content.toString().trimEnd().split('\n');
    const dated = [`${header},source_url,as_of`, ...rows.map((row) => `${row},https://example.org/o,2026-08-01`)];
    expect(
      (await importFiles(app, [{ name: 'objectives.csv', content: Buffer.from(dated.join('\n')) }])).statusCode,
    ).toBe(200);
    const map: FundingMap = (await app.inject({ method: 'GET', url: '/api/graph' })).json();
    expect(map.nodes.find((node) => node.id === 'objective:iwt')).toMatchObject({
      source_url: 'https://example.org/o',
      as_of: '2026-08-01',
    });
    expect(map.nodes.find((node) => node.id === 'release:rel-wd-1')).toMatchObject({ as_of: '2026-11-20' });
  });
});
