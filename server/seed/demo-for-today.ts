import { fiscalYearOf } from '../domain/fiscal-year.js';
import type { SourceRow } from '../import/source-rows.js';

// seed/demo is written for state fiscal years 2024-2026. Loaded, it moves by whole years so that its last
// year is today's state fiscal year, and gains the next year's releases as forecasts: the same patterns (ids
// keep their `-fy<year>` form), with releases open and upcoming on whatever day it is loaded.

/** The last fiscal year of the demo as written in seed/demo. */
export const DEMO_LAST_YEAR = 2026;

export const demoYearShift = (today: string): number => fiscalYearOf(today) - DEMO_LAST_YEAR;

const isLeap = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

const shiftDate = (date: string, years: number): string => {
  const year = Number(date.slice(0, 4)) + years;
  const rest = date.slice(4);
  return rest === '-02-29' && !isLeap(year) ? `${year}-02-28` : `${year}${rest}`;
};

const yearColumns = new Set(['fiscal_year', 'year']);
const dateColumns = new Set(['opens', 'closes', 'expires', 'as_of']);
// Ids of yearly rows end in -fy<year> (seed/README.md); names and titles say FY<year>.
const idColumns = new Set(['id', 'stream_id', 'passes_through_id', 'release_id']);
const labelColumns = new Set(['name', 'title']);

const shiftValue = (column: string, value: unknown, years: number): unknown => {
  if (yearColumns.has(column) && value !== '' && value !== null && value !== undefined)
    return typeof value === 'number' ? value + years : String(Number(value) + years);
  if (typeof value !== 'string') return value;
  if (dateColumns.has(column) && /^\d{4}-\d{2}-\d{2}$/.test(value)) return shiftDate(value, years);
  if (idColumns.has(column)) return value.replace(/-fy(\d{4})\b/g, (_, year: string) => `-fy${Number(year) + years}`);
  if (labelColumns.has(column))
    return value.replace(/\bFY(\d{4})\b/g, (_, year: string) => `FY${Number(year) + years}`);
  return value;
};

const shiftRow = (row: SourceRow, years: number): SourceRow => ({
  ...row,
  values: Object.fromEntries(
    Object.entries(row.values).map(([column, value]) => [column, shiftValue(column, value, years)]),
  ),
});

/**
 * Next year's releases, forecast from the last year's: same windows a year on, no stream or amount yet (the
 * next year's budget is not known), so a partnership can see what is coming.
 */
const forecastReleases = (rows: readonly SourceRow[]): SourceRow[] => {
  const releases = rows.filter((row) => row.entity.name === 'releases');
  const lastRow = Math.max(0, ...releases.map((row) => row.row));
  return releases
    .filter((row) => String(row.values.id).endsWith(`-fy${DEMO_LAST_YEAR}`))
    .map((row, index) => {
      const next = shiftRow(row, 1);
      return {
        ...next,
        row: lastRow + index + 1,
        values: {
          ...next.values,
          title: `${String(next.values.title)} (forecast)`,
          stream_id: '',
          amount: '',
          as_of: row.values.as_of,
          notes: 'Forecast: expected to be issued again next fiscal year; stream and amount not announced yet.',
        },
      };
    });
};

/** The demo's rows as of `today`: years moved to end with today's fiscal year, plus next year's forecasts. */
export const demoForToday = (rows: readonly SourceRow[], today: string): SourceRow[] => {
  const years = demoYearShift(today);
  return [...rows, ...forecastReleases(rows)].map((row) => {
    const shifted = shiftRow(row, years);
    // Nothing is recorded as of a day still to come.
    const asOf = shifted.values.as_of;
    if (typeof asOf === 'string' && asOf > today) shifted.values.as_of = today;
    return shifted;
  });
};
