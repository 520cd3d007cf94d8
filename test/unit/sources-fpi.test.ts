import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { importFpi } from '../../server/sources/fpi.js';
import { accountedFor, bundleProblems, realFile, seedMapping } from './sources-bundle-checks.js';

const files = [
  'fpi-programs-2023.csv',
  'fpi-program-obligations-2023.csv',
  'fpi-program-categories-2023.csv',
  'fpi-program-applicant-types-2023.csv',
].map(realFile);
const mapping = seedMapping();
const workforce = ['Training', 'Employment/Labor/Management', 'Economic Development'];
const result = importFpi({ files, mapping, options: { categories: workforce.join(';'), asOf: '2023-09-25' } });
let everythingResult: ReturnType<typeof importFpi> | undefined;
const everything = () =>
  (everythingResult ??= importFpi({ files, mapping, options: { categories: 'all', asOf: '2023-09-25' } }));
const stream = (id: string) => result.bundle.funding_streams.find((row) => row.id === id);

// Counted straight from the categories CSV, so the filter is checked against the file, not against itself.
const programsIn = (categories: string[]): number => {
  const rows = Papa.parse<Record<string, string>>(files[2]!.content.toString(), { header: true, skipEmptyLines: true });
  return new Set(
    rows.data.filter((row) => categories.includes(row.value_assistanceUsage!)).map((row) => row['data.programNumber']),
  ).size;
};

describe('Federal Program Inventory', () => {
  it('reads all 2,376 programs and brings in only those in the chosen categories', () => {
    expect(result.counts.read).toBe(2376);
    expect(result.counts.read - result.counts.excluded).toBe(programsIn(workforce));
    expect(programsIn(workforce)).toBe(491);
    expect(accountedFor(result)).toBe(2376);
    expect(result.bundle.funding_streams.every((row) => workforce.some((c) => row.notes?.includes(c)))).toBe(true);
  });

  it('gives every row a schema-valid shape whose references resolve inside the bundle', () => {
    expect(bundleProblems(result.bundle)).toEqual([]);
    expect(result.bundle.releases).toEqual([]);
  });

  it('makes WIOA Adult a FY2023 federal stream under the Employment and Training Administration', () => {
    expect(stream('fpi-17.258-fy2023')).toMatchObject({
      name: 'WIOA Adult Program',
      agency_id: 'us-department-of-labor.employment-and-training-administration',
      source: 'federal',
      assistance_listing: '17.258',
      fiscal_year: 2023,
      amount: 883_000_000, // SAM.gov estimate: the extract reports FY2023 actuals as 0, which means "not yet"
      obligated: 887_987_910.24, // USAspending
      source_url: 'https://fpi.omb.gov/program/17.258',
      as_of: '2023-09-25',
    });
    expect(stream('fpi-17.258-fy2023')?.eligible_applicants.length).toBeGreaterThan(0);
    expect(result.bundle.agencies.find((a) => a.id === 'us-department-of-labor')).toMatchObject({
      name: 'Department of Labor',
      acronym: 'DOL',
      level: 'federal',
    });
    expect(
      result.bundle.agencies.find((a) => a.id === 'us-department-of-labor.employment-and-training-administration'),
    ).toMatchObject({
      name: 'Employment and Training Administration',
      parent_id: 'us-department-of-labor',
    });
  });

  it('maps the Registered Apprenticeship program to the objective PA apprenticeship grants share', () => {
    expect(stream('fpi-17.201-fy2023')?.objective_ids).toEqual(['registered-apprenticeship']);
  });

  it('uses SAM.gov actual obligations when the chosen year has them', () => {
    const fy2022 = importFpi({ files, mapping, options: { categories: ['Training'], fiscalYear: 2022 } });
    expect(fy2022.bundle.funding_streams.find((row) => row.id === 'fpi-17.258-fy2022')).toMatchObject({
      amount: 867_000_000,
      obligated: 865_182_647.93,
      fiscal_year: 2022,
    });
  });

  it('picks the latest year with reported obligations when no year is given, and says so', () => {
    expect(result.warnings).toContainEqual({
      file: 'fpi-programs-2023.csv',
      message: 'fiscal year 2023 used: the latest with reported obligations (set fiscalYear to choose)',
    });
  });

  it('skips programs without a figure for the year rather than writing zero', () => {
    expect(result.skipped.find((issue) => issue.id === 'fpi-34.002-fy2023')).toMatchObject({
      file: 'fpi-programs-2023.csv',
      title: 'Labor Management Cooperation',
      reason: 'no obligations reported for FY2023 (blank or 0 in every column)',
    });
    expect(result.bundle.funding_streams.every((row) => row.amount > 0)).toBe(true);
  });

  it('gives programs the inventory leaves without a department the department of their listing prefix', () => {
    const stem = everything().bundle.funding_streams.find((row) => row.id === 'fpi-12.330-fy2023');
    expect(stem?.agency_id).toBe('us-department-of-defense');
    expect(stem?.notes).toContain('Agency taken from the other 12.xxx programs.');
  });

  it('lists every program the mapping cannot place, with its spreadsheet row', () => {
    expect(everything().counts.excluded).toBe(0);
    expect(accountedFor(everything())).toBe(2376);
    expect(everything().unmapped.length).toBeGreaterThan(0);
    expect(everything().unmapped.find((issue) => issue.id === 'fpi-19.026-fy2023')).toMatchObject({
      file: 'fpi-programs-2023.csv',
      title: 'Global Peace Operations Initiative',
      reason:
        'no objective in the mapping matches FPI categories "No Functional Application/Unlimited Application" or the title and objective',
    });
    expect(everything().unmapped.every((issue) => issue.row >= 2)).toBe(true);
    expect(bundleProblems(everything().bundle)).toEqual([]);
  });

  it('refuses a category the inventory does not have, and lists the ones it has', () => {
    expect(() => importFpi({ files, mapping, options: { categories: 'Workforce' } })).toThrow(
      /categories "Workforce" not in the inventory; it has: .*Employment\/Labor\/Management/,
    );
    expect(() => importFpi({ files, mapping, options: {} })).toThrow(/categories is required/);
  });

  it('needs all four CSVs, whatever they are called', () => {
    expect(() => importFpi({ files: files.slice(0, 3), mapping, options: { categories: 'all' } })).toThrow(
      /missing applicantTypes/,
    );
    const renamed = files.map((file, index) => ({ ...file, name: `download-${index}.csv` }));
    expect(importFpi({ files: renamed, mapping, options: { categories: 'Training' } }).counts.read).toBe(2376);
  });
});
