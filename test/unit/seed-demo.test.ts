import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { entities, entityByName, parseRow, type EntityName } from '../../server/domain/catalog.js';
import { readUpload } from '../../server/import/read-upload.js';
import { demoDir, folderFiles } from '../../server/seed/load-demo.js';
import { buildDemoBundle } from '../../seed/demo-source/demo-bundle.js';
import { csvText } from '../../seed/demo-source/write-csv.js';
import { bundleProblems, emptyBundle, type Bundle } from '../../seed/synthetic/bundle.js';

// The demo map every newcomer sees first: valid, complete, and holding the patterns seed/README.md promises.

type Parsed = Record<string, unknown>;

const readCsv = (name: EntityName): { header: string[]; rows: Record<string, string>[] } => {
  const result = Papa.parse<Record<string, string>>(readFileSync(join(demoDir, `${name}.csv`), 'utf8'), {
    header: true,
    skipEmptyLines: true,
  });
  return { header: result.meta.fields ?? [], rows: result.data };
};

const csvBundle: Bundle = emptyBundle();
for (const entity of entities) csvBundle[entity.name] = readCsv(entity.name).rows;

const parsed = (name: EntityName): Parsed[] =>
  csvBundle[name].map((row) => {
    const result = parseRow(entityByName(name), row);
    if (!result.success) throw new Error(`${name}: ${result.error.message}`);
    return result.data;
  });

const agencies = parsed('agencies');
const streams = parsed('funding_streams');
const releases = parsed('releases');
const awards = parsed('awards');
const requests = parsed('requests');
const solutions = parsed('solutions');

const ids = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);
const byId = <T extends Parsed>(rows: T[]) => new Map(rows.map((row) => [String(row.id), row]));
const agencyById = byId(agencies);
const streamById = byId(streams);
const releaseById = byId(releases);

/** The top of an agency's parent chain: the department a division belongs to. */
const department = (agencyId: string): string => {
  const parent = agencyById.get(agencyId)?.parent_id;
  return typeof parent === 'string' ? department(parent) : agencyId;
};

const overlap = (a: Parsed, b: Parsed): boolean =>
  String(a.opens) <= String(b.closes) && String(b.opens) <= String(a.closes);
const shareObjective = (a: Parsed, b: Parsed): boolean =>
  ids(a.objective_ids).some((id) => ids(b.objective_ids).includes(id));
const competing = (a: Parsed, b: Parsed): boolean => overlap(a, b) && shareObjective(a, b);

describe('demo map files', () => {
  it.each(entities.map((entity) => entity.name))('%s.csv has the catalog columns in order', (name) => {
    expect(readCsv(name).header).toEqual(entityByName(name).columns);
  });

  it('every row passes its schema, keys are unique and every reference resolves', () => {
    expect(bundleProblems(csvBundle)).toEqual([]);
  });

  it('the import pipeline reads the folder without a problem', async () => {
    const { problems } = await readUpload(folderFiles(demoDir));
    expect(problems).toEqual([]);
  });

  it('is exactly what seed/demo-source/build.ts writes (regenerate after editing the tables)', () => {
    const built = buildDemoBundle();
    for (const entity of entities)
      expect(readFileSync(join(demoDir, `${entity.name}.csv`), 'utf8'), entity.name).toBe(
        csvText(entity, built[entity.name]),
      );
  });
});

describe('demo map size', () => {
  it('meets the minimum counts', () => {
    const count = (name: EntityName) => csvBundle[name].length;
    expect(count('agencies')).toBeGreaterThanOrEqual(25);
    expect(count('agencies')).toBeLessThanOrEqual(40);
    expect(count('funding_streams')).toBeGreaterThanOrEqual(100);
    expect(count('objectives')).toBeGreaterThanOrEqual(40);
    expect(count('sectors')).toBeGreaterThanOrEqual(8);
    expect(count('regions')).toBeGreaterThanOrEqual(6);
    expect(count('regions')).toBeLessThanOrEqual(10);
    expect(count('partnerships')).toBeGreaterThanOrEqual(20);
    expect(count('requests')).toBeGreaterThanOrEqual(80);
    expect(count('releases')).toBeGreaterThanOrEqual(150);
    expect(count('awards')).toBeGreaterThanOrEqual(40);
  });

  it('spans three fiscal years with departments, divisions and every agency level', () => {
    expect(new Set(streams.map((stream) => stream.fiscal_year))).toEqual(new Set([2024, 2025, 2026]));
    expect(new Set(agencies.map((agency) => agency.level))).toEqual(
      new Set(['federal', 'state', 'regional', 'private']),
    );
    expect(agencies.filter((agency) => agency.parent_id).length).toBeGreaterThanOrEqual(12);
  });
});

describe('demo map consistency', () => {
  it('funds each release from a stream of its own department, in the matching fiscal year', () => {
    for (const release of releases) {
      const stream = streamById.get(String(release.stream_id));
      expect(stream, String(release.id)).toBeDefined();
      if (!stream) continue;
      expect(department(String(release.agency_id)), String(release.id)).toBe(department(String(stream.agency_id)));
      const year = Number(stream.fiscal_year);
      expect(String(release.opens) >= `${year - 1}-07-01`, String(release.id)).toBe(true);
      expect(String(release.opens) <= `${year}-09-30`, String(release.id)).toBe(true);
      if (release.amount !== undefined) expect(Number(release.amount)).toBeLessThanOrEqual(Number(stream.amount));
    }
  });

  it('never spends more than a stream has, nor awards more than it obligated', () => {
    const awarded = new Map<string, number>();
    for (const award of awards)
      awarded.set(String(award.stream_id), (awarded.get(String(award.stream_id)) ?? 0) + Number(award.amount));
    for (const stream of streams) {
      expect(Number(stream.obligated)).toBeLessThanOrEqual(Number(stream.amount));
      expect(Number(stream.expended)).toBeLessThanOrEqual(Number(stream.obligated));
      expect(awarded.get(String(stream.id)) ?? 0, String(stream.id)).toBeLessThanOrEqual(Number(stream.obligated));
    }
  });

  it('passes money down without creating it: children never exceed their parent', () => {
    const children = new Map<string, number>();
    for (const stream of streams)
      if (typeof stream.passes_through_id === 'string')
        children.set(stream.passes_through_id, (children.get(stream.passes_through_id) ?? 0) + Number(stream.amount));
    for (const [parentId, total] of children) {
      const parent = streamById.get(parentId);
      expect(parent?.fiscal_year).toBeDefined();
      expect(total, parentId).toBeLessThanOrEqual(Number(parent?.amount));
    }
  });

  it('has federal -> state -> local pass-through chains', () => {
    const local = streamById.get('wioa-adult-wdb-harbor-fy2025');
    const state = streamById.get(String(local?.passes_through_id));
    const federal = streamById.get(String(state?.passes_through_id));
    expect(agencyById.get(String(local?.agency_id))?.level).toBe('regional');
    expect(agencyById.get(String(state?.agency_id))?.level).toBe('state');
    expect(agencyById.get(String(federal?.agency_id))?.level).toBe('federal');
  });

  it('dates every row and labels every illustrative figure', () => {
    for (const entity of entities) for (const row of csvBundle[entity.name]) expect(row.as_of).toBe('2026-09-30');
    for (const name of ['funding_streams', 'releases', 'awards', 'requests'] as const)
      for (const row of csvBundle[name]) expect(row.notes, `${name} ${row.id ?? ''}`).toMatch(/illustrative/i);
  });
});

describe('demo map patterns (named in seed/README.md)', () => {
  it('funds incumbent worker upskilling from several departments', () => {
    const funders = new Set(
      streams
        .filter((stream) => ids(stream.objective_ids).includes('incumbent-upskilling'))
        .map((stream) => department(String(stream.agency_id))),
    );
    expect([...funders]).toEqual(expect.arrayContaining(['dlw', 'ded', 'lccs', 'gov']));
  });

  it('has competing releases across departments', () => {
    const labor = releaseById.get('talent-fund-cycle1-fy2025');
    const economic = releaseById.get('skills-investment-round1-fy2025');
    expect(labor && economic && competing(labor, economic)).toBe(true);
    expect(department(String(labor?.agency_id))).not.toBe(department(String(economic?.agency_id)));
  });

  it('has competing releases between two divisions of one department', () => {
    const pairs = [
      ['saef-subgrants-fy2025', 'apprenticeship-readiness-fy2025'],
      ['perkins-innovation-fy2025', 'iet-pilot-fy2025'],
    ];
    for (const [first, second] of pairs) {
      const a = releaseById.get(String(first));
      const b = releaseById.get(String(second));
      expect(a && b && competing(a, b), `${first} / ${second}`).toBe(true);
      expect(a?.agency_id).not.toBe(b?.agency_id);
      expect(department(String(a?.agency_id))).toBe(department(String(b?.agency_id)));
    }
  });

  it('leaves child care and worker transportation much requested but barely funded', () => {
    const fundedFor = (solutionId: string): number => {
      const objectives = ids(solutions.find((solution) => solution.id === solutionId)?.objective_ids);
      return streams
        .filter((stream) => stream.passes_through_id === undefined)
        .filter((stream) => ids(stream.objective_ids).some((id) => objectives.includes(id)))
        .reduce((total, stream) => total + Number(stream.amount), 0);
    };
    const requestedBy = (solutionId: string) => requests.filter((request) => request.solution_id === solutionId).length;
    for (const solutionId of ['child-care', 'worker-transportation']) {
      expect(requestedBy(solutionId)).toBeGreaterThanOrEqual(12);
      expect(fundedFor(solutionId)).toBeLessThan(fundedFor('incumbent-upskilling') / 10);
    }
  });

  it('leaves flexible money unspent', () => {
    const stream = streamById.get('gov-innovation-fund-fy2025');
    expect(stream?.flexibility).toBe('flexible');
    expect(Number(stream?.expended) / Number(stream?.amount)).toBeLessThan(0.2);
    const typical = streams.filter((row) => row.fiscal_year === 2025 && row.flexibility !== 'flexible');
    const spent = typical.filter((row) => Number(row.expended) / Number(row.amount) > 0.6);
    expect(spent.length / typical.length).toBeGreaterThan(0.8);
  });

  it('braids awards from two or more streams for one partnership in one year', () => {
    const streamsPerPartnershipYear = new Map<string, Set<string>>();
    for (const award of awards) {
      const key = `${String(award.partnership_id)}|${String(award.fiscal_year)}`;
      streamsPerPartnershipYear.set(
        key,
        (streamsPerPartnershipYear.get(key) ?? new Set()).add(String(award.stream_id)),
      );
    }
    const braided = [...streamsPerPartnershipYear.values()].filter((set) => set.size >= 2);
    expect(braided.length).toBeGreaterThanOrEqual(5);
  });
});
