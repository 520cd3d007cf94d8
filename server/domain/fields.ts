import { z } from 'zod';

// Field kinds shared by every entity. They are plain zod types (so the same schema validates input, types
// responses and generates OpenAPI); what a spreadsheet cell needs to become one of them is in coerce.ts.

export const id = () =>
  z
    .string({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be text') })
    .min(1, 'is required')
    .max(200, 'is longer than 200 characters')
    .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/, 'may hold only letters, digits and . _ : - (no spaces)');

export const text = () =>
  z
    .string({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be text') })
    .min(1, 'is required')
    .max(2000, 'is longer than 2000 characters');

export const optionalText = () => z.string({ error: 'must be text' }).max(20000).optional();

/**
 * The largest amount Braid accepts: $10 trillion, beyond any real program, and small enough that the sum of
 * every amount of a map (millions of them) stays a finite number.
 */
export const maxDollars = 1e13;

/** US dollars. */
export const money = () =>
  z
    .number({
      error: (issue) =>
        issue.input === undefined ? 'is required' : 'must be an amount in dollars, e.g. 125000 or $125,000',
    })
    .min(0, 'must not be negative')
    .max(maxDollars, 'must be at most $10,000,000,000,000 (ten trillion dollars)');

export const optionalMoney = () => money().optional();

export const integer = (min: number, max: number, label: string) =>
  z
    .number({ error: (issue) => (issue.input === undefined ? 'is required' : `must be ${label}`) })
    .int(`must be ${label}`)
    .min(min, `must be ${label}`)
    .max(max, `must be ${label}`);

export const optionalInteger = (min: number, max: number, label: string) => integer(min, max, label).optional();

export const fiscalYear = () => integer(1990, 2100, 'a fiscal year such as 2025');
export const optionalFiscalYear = () => fiscalYear().optional();

export const percent = () =>
  z
    .number({ error: 'must be a percentage between 0 and 100' })
    .min(0, 'must be a percentage between 0 and 100')
    .max(100, 'must be a percentage between 0 and 100')
    .optional();

const isRealDate = (value: string): boolean => {
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
};

/** A calendar date written YYYY-MM-DD (stored as such: ISO dates compare correctly as text). */
export const date = () =>
  z
    .string({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be a date written YYYY-MM-DD') })
    .min(1, 'is required')
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date written YYYY-MM-DD', abort: true })
    .refine(isRealDate, 'is not a real calendar date');

export const optionalDate = () => date().optional();

/** A list: an array in JSON, `;`-separated in CSV and XLSX. */
export const list = () => z.array(z.string().min(1), { error: 'must be a list' });
export const idList = () => z.array(id(), { error: 'must be a list of ids' });
export const requiredIdList = () => z.array(id(), { error: 'must be a list of ids' }).min(1, 'needs at least one id');

export const enumOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, {
    error: (issue) => (issue.input === undefined ? 'is required' : `must be one of: ${values.join(', ')}`),
  });

export const optionalEnumOf = <const T extends readonly [string, ...string[]]>(values: T) => enumOf(values).optional();

export const optionalRef = () => id().optional();

/** Only http and https addresses are links: javascript:, data: and the rest would run or show anything. */
export const isWebAddress = (value: string): boolean => {
  if (!/^https?:\/\//i.test(value)) return false;
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
};

export const optionalWebAddress = () =>
  z
    .string({ error: 'must be text' })
    .max(2000, 'is longer than 2000 characters')
    .refine(isWebAddress, 'must be a web address starting with http:// or https://')
    .optional();

/** Where a figure came from and when: kept on the node or relationship and shown beside the figure. */
export const provenance = {
  source_url: optionalWebAddress(),
  as_of: optionalDate(),
  notes: optionalText(),
};
