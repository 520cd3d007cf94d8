import { z } from 'zod';
import { trimCell } from './spreadsheet-formulas.js';

// What a spreadsheet cell (always text, or an XLSX number or date) needs to become the zod type of its
// field. Driven by the schema itself, so a new field needs no new parsing code.

const isBlank = (value: unknown): boolean =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

const numberPattern = /^-?\$?-?[0-9][0-9,]*(\.[0-9]+)?%?$/;

const baseType = (schema: z.ZodType): z.ZodType => {
  let inner: z.ZodType = schema;
  while (inner instanceof z.ZodOptional || inner instanceof z.ZodNullable || inner instanceof z.ZodDefault)
    inner = inner.unwrap() as z.ZodType;
  return inner;
};

const coerceCell = (schema: z.ZodType, value: unknown): unknown => {
  const type = baseType(schema);
  if (type instanceof z.ZodArray) {
    if (isBlank(value)) return [];
    if (typeof value === 'string')
      return value
        .split(';')
        .map(trimCell)
        .filter((part) => part !== '');
    return value;
  }
  if (isBlank(value)) return undefined;
  if (type instanceof z.ZodNumber && typeof value === 'string') {
    const cell = value.replace(/[\s,]/g, '');
    return numberPattern.test(cell) ? Number(cell.replace(/[$%]/g, '')) : value.trim();
  }
  if (type instanceof z.ZodString) {
    // XLSX gives dates as Date objects and codes such as 17.258 as numbers.
    if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
    if (typeof value === 'number') return String(value);
    if (typeof value === 'string') return trimCell(value);
  }
  if (type instanceof z.ZodEnum && typeof value === 'string') return value.trim().toLowerCase();
  return value;
};

/** Coerces every field of a row to its schema's type where a cell's text allows; zod then judges the result. */
export const coerceRow = (schema: z.ZodObject, values: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(
    Object.entries(schema.shape).map(([field, fieldSchema]) => [
      field,
      coerceCell(fieldSchema as z.ZodType, values[field]),
    ]),
  );
