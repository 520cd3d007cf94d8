import { describe, expect, it } from 'vitest';
import { importGrantsGov } from '../../server/sources/grants-gov.js';
import { accountedFor, bundleProblems, realFile, seedMapping } from './sources-bundle-checks.js';

const file = realFile('grants-gov-opportunities-2009-2023.csv');
const mapping = seedMapping();
const result = importGrantsGov({ files: [file], mapping });
const release = (id: string) => result.bundle.releases.find((row) => row.id === id);
const skippedFor = (pattern: RegExp) => result.skipped.filter((issue) => pattern.test(issue.reason));

describe('Grants.gov search export', () => {
  it('reads the 2,555 opportunities, not the blank lines or the repeated header, and places each once', () => {
    expect(result.counts.read).toBe(2555);
    expect(accountedFor(result)).toBe(2555);
    expect(result.warnings).toContainEqual({
      file: 'grants-gov-opportunities-2009-2023.csv',
      row: 3719,
      message: 'header repeated; not a record',
    });
  });

  it('gives every row a schema-valid shape whose references resolve inside the bundle', () => {
    expect(bundleProblems(result.bundle)).toEqual([]);
  });

  it('reads M/D/YYYY dates and keeps the export date as as_of', () => {
    expect(release('grants-gov-72062424RFA00001')).toMatchObject({
      title: 'Community Health Equity Through Systems Strengthening (CHESS) Activity',
      opens: '2023-11-13',
      closes: '2023-12-07',
      as_of: '2023-11-13',
      source_url: 'https://simpler.grants.gov/search?query=72062424RFA00001',
    });
  });

  it('treats 2099 and later placeholders and "no data" as no close date, and skips those releases with the reason', () => {
    expect(skippedFor(/^no close date \(close date is "2099-01-01 \(a placeholder/)).toHaveLength(751);
    expect(skippedFor(/^no close date \(close date is "01\/01\/2099 \(a placeholder/)).toHaveLength(4);
    expect(skippedFor(/^no close date \(close date is "10\/12\/2121 \(a placeholder/)).toHaveLength(1);
    expect(skippedFor(/^no close date \(close date is "no data"\)$/)).toHaveLength(11);
    expect(skippedFor(/^no posted date \(posted date is blank\)$/)).toHaveLength(38);
  });

  it('skips the 20 rows the export repeats, naming the first copy', () => {
    const repeats = skippedFor(/^repeats /);
    expect(repeats).toHaveLength(20);
    expect(repeats[0]?.reason).toMatch(/^repeats grants-gov-opportunities-2009-2023\.csv row \d+$/);
  });

  it('reads lines saved as Windows-1252 without replacement characters', () => {
    expect(result.skipped.find((issue) => issue.id === 'grants-gov-TI-22-009')?.title).toBe(
      'Provider’s Clinical Support System – Medication Assisted Treatment Grant',
    );
  });

  it('leaves the amount blank: the export gives only per-award ceilings, kept in the notes', () => {
    expect(result.bundle.releases.every((row) => row.amount === undefined && row.stream_id === undefined)).toBe(true);
    expect(release('grants-gov-72062424RFA00001')?.notes).toContain('Award ceiling: $6,023,000.');
  });

  it('files releases under the sub-agency code, inside the department the FPI import also uses', () => {
    expect(release('grants-gov-HRSA-24-099')?.agency_id).toBe('us-department-of-health-and-human-services.hhs-hrsa');
    expect(
      result.bundle.agencies.find((a) => a.id === 'us-department-of-health-and-human-services.hhs-hrsa'),
    ).toMatchObject({
      name: 'HHS-HRSA',
      level: 'federal',
      parent_id: 'us-department-of-health-and-human-services',
    });
  });

  it('lists every opportunity the mapping cannot place, with its spreadsheet row', () => {
    expect(result.unmapped.length).toBeGreaterThan(0);
    expect(result.unmapped.find((issue) => issue.id === 'grants-gov-CPAIG-2024-NG')).toEqual({
      file: 'grants-gov-opportunities-2009-2023.csv',
      row: 17,
      id: 'grants-gov-CPAIG-2024-NG',
      title: 'FY24 Cultural Property Agreement Implementation Grants',
      reason:
        'no objective in the mapping matches categories "Other (see text field entitled "Explanation of Other Category of Funding Activity" for clarification)" or the title',
    });
  });

  it('uses the export date when given', () => {
    const dated = importGrantsGov({ files: [file], mapping, options: { asOf: '2023-11-14' } });
    expect(dated.bundle.releases.every((row) => row.as_of === '2023-11-14')).toBe(true);
  });
});
