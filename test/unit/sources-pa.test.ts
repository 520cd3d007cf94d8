import { describe, expect, it } from 'vitest';
import { parseObjectiveMapping } from '../../server/sources/objective-mapping.js';
import { importPaPortal } from '../../server/sources/pa-portal.js';
import { accountedFor, bundleProblems, competingPairs, realFile, seedMapping } from './sources-bundle-checks.js';

const file = realFile('pa-grants-portal-2025.json');
const mapping = seedMapping();
const result = importPaPortal({ files: [file], mapping });
const release = (id: string) => result.bundle.releases.find((row) => row.id === id);

describe('Pennsylvania grants portal', () => {
  it('reads all 322 releases and places each one exactly once', () => {
    expect(result.counts.read).toBe(322);
    expect(accountedFor(result)).toBe(322);
    expect(result.counts).toMatchObject({ imported: result.bundle.releases.length, excluded: 0 });
    expect(result.bundle.funding_streams).toEqual([]);
  });

  it('creates the 19 issuing agencies as state agencies named as the portal names them', () => {
    expect(result.bundle.agencies).toHaveLength(19);
    expect(result.bundle.agencies.find((agency) => agency.id === 'pa-labor-industry')).toMatchObject({
      name: 'Labor & Industry',
      acronym: 'DLI',
      level: 'state',
      source_url: 'https://www.pa.gov/en/agencies/dli.html',
      as_of: '2025-08-06',
    });
  });

  it('gives every row a schema-valid shape whose references resolve inside the bundle', () => {
    expect(bundleProblems(result.bundle)).toEqual([]);
    expect(result.bundle.objectives.length).toBeGreaterThan(20);
  });

  it('keeps the calendar day the portal wrote, and as_of from last_modified', () => {
    expect(release('pa-pda1')).toMatchObject({ opens: '2024-08-01', closes: '2024-11-15', as_of: '2025-08-06' });
    expect(release('pa-dli3')).toMatchObject({ opens: '2024-05-31', closes: '2024-07-12' });
  });

  it('skips, with the reason, releases whose window the portal does not give', () => {
    const reasons = Object.fromEntries(result.skipped.map((issue) => [issue.id, issue.reason]));
    expect(reasons).toEqual({
      'pa-pda2': 'no open date (open date is blank)',
      'pa-pda3': 'no open date (open date is blank)',
      'pa-dced9': 'no open date (open date is blank)',
      'pa-dced35': 'no open date (open date is blank)',
      'pa-dced38': 'no close date (close date is blank)',
      'pa-dced21': 'no close date (close date is "2099-12-31T12:00:00-00:00 (a placeholder, not a date)")',
      'pa-dep43': 'no close date (close date is "2999-07-01T12:00:00-00:00 (a placeholder, not a date)")',
      'pa-pema14': 'closes 2018-12-27 before it opens 2028-11-27; the source has a typo',
    });
    expect(result.skipped.find((issue) => issue.id === 'pa-pema14')).toMatchObject({
      file: 'pa-grants-portal-2025.json',
      row: 302,
      title: 'Public Assistance - DR 4408',
    });
  });

  it('keeps odd but real dates as published and says why they look odd', () => {
    expect(release('pa-ddap17')).toMatchObject({ opens: '2000-01-17', closes: '2000-02-21' });
    expect(release('pa-dced2')).toMatchObject({ opens: '2024-01-01', closes: '2035-12-31' });
    const messages = (id: string) => result.warnings.filter((w) => w.id === id).map((w) => w.message);
    expect(messages('pa-ddap17')).toContain('date 2000-01-17 looks like a typo for a later year; kept as published');
    expect(messages('pa-dced2')[0]).toMatch(/^closes 2035-12-31, more than five years after it opens/);
  });

  it('closes open-ended releases only when asked to, and says so on the row', () => {
    const withCloses = importPaPortal({ files: [file], mapping, options: { openEndedCloses: '2025-12-31' } });
    expect(withCloses.skipped.map((issue) => issue.id).sort()).toEqual([
      'pa-dced35',
      'pa-dced9',
      'pa-pda2',
      'pa-pda3',
      'pa-pema14',
    ]);
    const housing = withCloses.bundle.releases.find((row) => row.id === 'pa-dced38');
    expect(housing).toMatchObject({ opens: '2025-03-03', closes: '2025-12-31' });
    expect(housing?.notes).toContain('No close date published (blank); 2025-12-31 set by the openEndedCloses option.');
  });

  it('keeps blank, "Pending" and prose amounts blank, never zero', () => {
    expect(release('pa-dli11')?.amount).toBeUndefined(); // "Pending"
    expect(release('pa-dli11')?.notes).toContain('Total funds as published: Pending.');
    expect(release('pa-dli17')?.amount).toBeUndefined(); // ""
    expect(release('pa-pccd1')?.amount).toBeUndefined(); // two figures, one per category
    expect(release('pa-dli3')?.amount).toBe(5_000_000);
    expect(release('pa-pda6')?.amount).toBe(10_000_000); // "$10 million total"
    expect(release('pa-pccd23')?.amount).toBe(58_900_000); // "$58.9 million"
    expect(result.bundle.releases.some((row) => row.amount === 0)).toBe(false);
  });

  it('names no funding stream, because the portal names none', () => {
    expect(result.bundle.releases.every((row) => row.stream_id === undefined)).toBe(true);
  });

  it('finds the PAsmart registered and pre-apprenticeship grants competing in June-July 2024', () => {
    expect(release('pa-dli3')?.objective_ids).toContain('registered-apprenticeship');
    expect(release('pa-dli4')?.objective_ids).toContain('pre-apprenticeship');
    const pair = competingPairs(result.bundle.releases).find(
      (candidate) => candidate.ids.join() === ['pa-dli3', 'pa-dli4'].join(),
    );
    expect(pair).toEqual({
      ids: ['pa-dli3', 'pa-dli4'],
      shared: ['registered-apprenticeship'],
      from: '2024-06-20',
      to: '2024-07-12',
    });
    const fallbackIds = mapping.rules.filter((rule) => rule.when === 'fallback').map((rule) => rule.objectiveId);
    expect(fallbackIds).not.toContain('registered-apprenticeship');
  });

  it('finds the three sector apprenticeship grants of winter 2024-25 competing with each other', () => {
    const pairs = competingPairs(result.bundle.releases).map((pair) => pair.ids.join(' '));
    expect(pairs).toEqual(expect.arrayContaining(['pa-dli12 pa-dli13', 'pa-dli12 pa-dli14', 'pa-dli13 pa-dli14']));
  });

  it('lists every release the mapping cannot place, with file and row, instead of dropping it', () => {
    const apprenticeshipOnly = parseObjectiveMapping(
      'source,match_field,pattern,when,objective_id,objective_name,objective_category\n' +
        '*,text,apprentice,,apprenticeship-expansion,Apprenticeship expansion,Workforce\n',
    );
    const narrow = importPaPortal({ files: [file], mapping: apprenticeshipOnly });
    expect(narrow.bundle.releases.map((row) => row.id).sort()).toEqual(
      [
        'pa-dced26',
        'pa-dli3',
        'pa-dli4',
        'pa-dli7',
        'pa-dli10',
        'pa-dli12',
        'pa-dli13',
        'pa-dli14',
        'pa-dli16',
        'pa-dli18',
      ].sort(),
    );
    expect(narrow.unmapped).toHaveLength(322 - 10 - 8);
    expect(accountedFor(narrow)).toBe(322);
    expect(narrow.unmapped[0]).toEqual({
      file: 'pa-grants-portal-2025.json',
      row: 1,
      id: 'pa-pda1',
      title: '4-H Reimbursement',
      reason: 'no objective in the mapping matches category "Agriculture" or the title and overview',
    });
    expect(narrow.bundle.objectives.map((objective) => objective.id)).toEqual(['apprenticeship-expansion']);
  });

  it('gives the same bundle for the same file', () => {
    expect(importPaPortal({ files: [file], mapping })).toEqual(result);
  });
});
