import { z } from 'zod';

// Field kinds shared by every entity. Each accepts what a spreadsheet cell gives (a string) and what JSON gives
// (a number, an array), so CSV, XLSX, JSON and the API all validate through the same schema.

const blankToUndefined = (value: unknown): unknown =>
  value === null || (typeof value === 'string' && value.trim() === '') ? undefined : value;

const trimmed = (value: unknown): unknown => (typeof value === 'string' ? value.trim() : value);

export const id = () =>
  z.preprocess(
    trimmed,
    z
      .string({ error: 'is required' })
      .min(1, 'is required')
      .max(200, 'is longer than 200 characters')
      .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/, 'may hold only letters, digits and . _ : - (no spaces)'),
  );

export const text = () => z.preprocess(trimmed, z.string({ error: 'is required' }).min(1, 'is required').max(2000));

export const optionalText = () =>
  z.preprocess((v) => blankToUndefined(trimmed(v)), z.string().max(20000).optional());

const moneyPattern = /^-?\$?\s*-?[0-9][0-9,]*(\.[0-9]+)?$/;

/** US dollars: a number, or a string with an optional `$` and thousands separators. */
export const money = () =>
  z.preprocess(
    (value) => {
      if (typeof value !== 'string') return value;
      const cell = value.trim();
      if (!moneyPattern.test(cell)) return cell;
      return Number(cell.replace(/[$,\s]/g, ''));
    },
    z
      .number({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be an amount in dollars, e.g. 125000 or $125,000') })
      .finite()
      .min(0, 'must not be negative'),
  );

export const optionalMoney = () => z.preprocess(blankToUndefined, money().optional());

const numeric = (value: unknown): unknown => {
  if (typeof value !== 'string') return value;
  const cell = value.trim();
  return /^-?[0-9]+(\.[0-9]+)?$/.test(cell) ? Number(cell) : cell;
};

export const integer = (min: number, max: number, label: string) =>
  z.preprocess(
    numeric,
    z
      .number({ error: (issue) => (issue.input === undefined ? 'is required' : `must be ${label}`) })
      .int(`must be ${label}`)
      .min(min, `must be ${label}`)
      .max(max, `must be ${label}`),
  );

export const optionalInteger = (min: number, max: number, label: string) =>
  z.preprocess(blankToUndefined, integer(min, max, label).optional());

export const fiscalYear = () => integer(1990, 2100, 'a fiscal year such as 2025');
export const optionalFiscalYear = () => optionalInteger(1990, 2100, 'a fiscal year such as 2025');

export const percent = () =>
  z.preprocess(
    (v) => {
      const value = blankToUndefined(v);
      return typeof value === 'string' ? numeric(value.replace(/%$/, '')) : value;
    },
    z
      .number({ error: 'must be a percentage between 0 and 100' })
      .min(0, 'must be a percentage between 0 and 100')
      .max(100, 'must be a percentage between 0 and 100')
      .optional(),
  );

const isRealDate = (value: string): boolean => {
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
};

const asIsoDate = (value: unknown): unknown => {
  // XLSX cells arrive as Date objects; keep only the calendar day.
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  return trimmed(value);
};

/** A calendar date written YYYY-MM-DD. */
export const date = () =>
  z.preprocess(
    asIsoDate,
    z
      .string({ error: 'is required' })
      .min(1, 'is required')
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
      .refine(isRealDate, 'is not a real calendar date'),
  );

export const optionalDate = () => z.preprocess((v) => blankToUndefined(asIsoDate(v)), date().optional());

const splitList = (value: unknown): unknown => {
  if (value === undefined || value === null) return [];
  if (typeof value === 'string')
    return value
      .split(';')
      .map((part) => part.trim())
      .filter((part) => part !== '');
  return value;
};

/** A list: an array in JSON, `;`-separated in CSV and XLSX. */
export const list = () => z.preprocess(splitList, z.array(z.string().trim().min(1)).default([]));
export const idList = () => z.preprocess(splitList, z.array(id()).default([]));
export const requiredIdList = () => z.preprocess(splitList, z.array(id()).min(1, 'needs at least one id'));

export const enumOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess(
    (v) => (typeof v === 'string' ? v.trim().toLowerCase() : v),
    z.enum(values, { error: `must be one of: ${values.join(', ')}` }),
  );

export const optionalEnumOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess(blankToUndefined, enumOf(values).optional());

/** Where a figure came from and when: kept on the node or relationship and shown beside the figure. */
export const provenance = {
  source_url: optionalText(),
  as_of: optionalDate(),
  notes: optionalText(),
};
