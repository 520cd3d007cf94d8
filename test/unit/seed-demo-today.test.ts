import { describe, expect, it } from 'vitest';
import { entities } from '../../server/domain/catalog.js';
import { fiscalYearOf } from '../../server/domain/fiscal-year.js';
import { readUpload } from '../../server/import/read-upload.js';
import { validateRows } from '../../server/import/validate-rows.js';
import { demoDir, folderFiles } from '../../server/seed/load-demo.js';
import { demoForToday } from '../../server/seed/demo-for-today.js';
import { TEST_TODAY } from '../helpers/today.js';

// The demo is alive on whatever day it is loaded: seed/demo moved to end with today's state fiscal year.

const written = (await readUpload(folderFiles(demoDir))).rows;

const demoOn = (today: string) => {
  const { valid, problems } = validateRows(demoForToday(written, today));
  expect(problems, today).toEqual([]);
  const table = (name: string) =>
    valid.filter((row) => row.entity.name === name).map((row) => row.data as Record<string, unknown>);
  return { valid, table };
};

const releasesOn = (today: string) =>
  demoOn(today).table('releases') as Array<{ id: string; opens: string; closes: string; stream_id?: string }>;

describe('the demo as of today', () => {
  it('is seed/demo unmoved on the pinned test day, a day of FY2026, with FY2027 forecasts after it', () => {
    const { table } = demoOn(TEST_TODAY);
    expect(fiscalYearOf(TEST_TODAY)).toBe(2026);
    expect(new Set(table('funding_streams').map((stream) => stream.fiscal_year))).toEqual(new Set([2024, 2025, 2026]));
    const byId = new Map(table('releases').map((release) => [release.id, release]));
    expect(byId.get('talent-fund-cycle1-fy2025')).toMatchObject({ opens: '2024-10-01', closes: '2024-11-15' });
    expect(byId.get('talent-fund-cycle1-fy2027')).toMatchObject({ opens: '2026-10-01', closes: '2026-11-15' });
    expect(byId.get('talent-fund-cycle1-fy2027')?.stream_id ?? null).toBeNull();
    expect(byId.get('talent-fund-cycle1-fy2027')?.amount ?? null).toBeNull();
  });

  it('on 2026-12-01 (FY2027) ends with FY2027: same patterns a year on, references intact, nothing as of a later day', () => {
    const { valid, table } = demoOn('2026-12-01');
    const streams = table('funding_streams');
    expect(new Set(streams.map((stream) => stream.fiscal_year))).toEqual(new Set([2025, 2026, 2027]));
    expect(streams.find((stream) => stream.id === 'wioa-adult-wdb-harbor-fy2026')).toMatchObject({
      passes_through_id: 'wioa-adult-fy2026',
      fiscal_year: 2026,
      name: expect.stringContaining('FY2026'),
    });
    const releases = new Map(table('releases').map((release) => [release.id, release]));
    expect(releases.get('talent-fund-cycle1-fy2026')).toMatchObject({
      stream_id: 'talent-fund-fy2026',
      opens: '2025-10-01',
      title: expect.stringContaining('FY2026'),
    });
    expect(releases.get('talent-fund-cycle1-fy2028')?.title).toMatch(/FY2028 \(forecast\)$/);
    // Every id a row names is a row of the moved demo.
    const ids = new Set(valid.map((row) => `${row.entity.name}:${row.key}`));
    for (const entity of entities)
      for (const reference of entity.references)
        for (const row of valid.filter((candidate) => candidate.entity === entity)) {
          const value = (row.data as Record<string, unknown>)[reference.field];
          for (const id of Array.isArray(value) ? value : value === undefined || value === null ? [] : [value])
            expect(ids.has(`${reference.target}:${String(id)}`), `${entity.name} ${row.key} ${reference.field}`).toBe(
              true,
            );
        }
    for (const row of valid) expect(String((row.data as { as_of?: string }).as_of) <= '2026-12-01').toBe(true);
  });

  it('has releases open and releases upcoming on the first day of every month of a year', () => {
    for (let month = 0; month < 12; month += 1) {
      const today = new Date(Date.UTC(2026, 6 + month, 1)).toISOString().slice(0, 10);
      const releases = releasesOn(today);
      const open = releases.filter((release) => release.opens <= today && today <= release.closes);
      const upcoming = releases.filter((release) => release.opens > today);
      expect(open.length, `open on ${today}`).toBeGreaterThan(0);
      expect(upcoming.length, `upcoming on ${today}`).toBeGreaterThan(0);
    }
  });
});
