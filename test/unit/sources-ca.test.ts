import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { importCaPortal } from '../../server/sources/ca-portal.js';
import { accountedFor, bundleProblems, realFile, seedMapping } from './sources-bundle-checks.js';

const json = realFile('ca-grants-portal-2025-06.json');
const mapping = seedMapping();
const result = importCaPortal({ files: [json], mapping });
const release = (id: string) => result.bundle.releases.find((row) => row.id === id);

// The portal's CSV download has the JSON dump's field names as its header; this is that CSV, written from the dump.
const dump = JSON.parse(json.content.toString()) as { fields: Array<{ id: string }>; records: unknown[][] };
const csv = {
  name: 'ca-grants-portal-2025-06.csv',
  content: Papa.unparse({ fields: dump.fields.map((field) => field.id), data: dump.records }),
};

describe('California Grants Portal', () => {
  it('reads the 50 records of the JSON dump and places each one exactly once', () => {
    expect(result.counts.read).toBe(50);
    expect(accountedFor(result)).toBe(50);
    expect(result.bundle.releases).toHaveLength(34);
  });

  it('creates one state agency per department, without repeating "CA" in the id', () => {
    expect(result.bundle.agencies).toHaveLength(24);
    expect(result.bundle.agencies.find((agency) => agency.name === 'CA Arts Council')).toMatchObject({
      id: 'ca-arts-council',
      level: 'state',
    });
  });

  it('gives every row a schema-valid shape whose references resolve inside the bundle', () => {
    expect(bundleProblems(result.bundle)).toEqual([]);
  });

  it('keeps the calendar day as written, whatever the time after it', () => {
    expect(release('ca-117507')).toBeUndefined(); // "Ongoing" deadline, see below
    expect(release('ca-108120')).toMatchObject({ opens: '2025-05-21', closes: '2025-07-17', as_of: '2025-05-20' });
    expect(release('ca-100554')).toMatchObject({ opens: '2025-04-02', closes: '2025-05-05' });
    expect(release('ca-110925')).toMatchObject({ opens: '2025-05-29', closes: '2025-05-30' });
  });

  it('skips releases with an "Ongoing", missing or seasonal date, and says which', () => {
    const reasons = result.skipped.map((issue) => issue.reason);
    expect(reasons.filter((reason) => reason === 'no close date (close date is "Ongoing")')).toHaveLength(14);
    expect(result.skipped.find((issue) => issue.id === 'ca-117510')).toMatchObject({
      row: 12,
      title: 'Redemption Innovation Grant Program',
      reason: 'no open date (open date is "Summer 2025")',
    });
    expect(result.skipped.find((issue) => issue.id === 'ca-109185')?.reason).toBe(
      'no close date (close date is blank)',
    );
  });

  it('reads a written-out date such as "June 11, 2025" once open-ended releases are given a close date', () => {
    const open = importCaPortal({ files: [json], mapping, options: { openEndedCloses: '2025-12-31' } });
    expect(open.bundle.releases.find((row) => row.id === 'ca-109185')).toMatchObject({
      opens: '2025-06-11',
      closes: '2025-12-31',
    });
    expect(open.skipped.map((issue) => issue.id)).toEqual(['ca-117510']);
  });

  it('takes the estimated available funds as the amount and leaves a missing one blank', () => {
    expect(release('ca-100539')?.amount).toBe(28_500_000);
    expect(release('ca-106140')?.amount).toBeUndefined();
    expect(release('ca-100539')).toMatchObject({
      eligible_applicants: ['Public Agency'],
      source_url: 'https://oag.ca.gov/tobaccogrants',
    });
  });

  it('reads the CSV download into the same releases as the JSON dump, numbered by spreadsheet row', () => {
    const fromCsv = importCaPortal({ files: [csv], mapping });
    expect(fromCsv.bundle).toEqual(result.bundle);
    expect(fromCsv.skipped.find((issue) => issue.id === 'ca-117510')?.row).toBe(13);
  });

  it('skips the second copy when the CSV and the JSON of the same portal are both given', () => {
    const both = importCaPortal({ files: [json, csv], mapping });
    expect(both.bundle.releases).toHaveLength(34);
    expect(
      both.skipped.filter((issue) => issue.reason.startsWith('repeats ca-grants-portal-2025-06.json')),
    ).toHaveLength(50);
  });
});
