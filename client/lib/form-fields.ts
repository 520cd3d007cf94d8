import { z } from 'zod';
import type { EntityDefinition, EntityName } from '@domain/catalog.js';
import { coerceRow } from '@domain/coerce.js';
import { columnLabel } from './format.js';

// A form for any table, read off its zod schema and catalog entry: the same schema the server validates
// with, so a form and an import can never disagree about what is valid.

export type FieldKind = 'text' | 'longtext' | 'number' | 'date' | 'choice' | 'reference' | 'references' | 'list';

export interface FieldSpec {
  column: string;
  label: string;
  kind: FieldKind;
  required: boolean;
  isKey: boolean;
  options?: readonly string[];
  target?: EntityName;
}

export type FormValues = Record<string, string | string[]>;
export type FieldErrors = Record<string, string>;

const unwrap = (schema: z.ZodType): z.ZodType => {
  let inner = schema;
  while (inner instanceof z.ZodOptional || inner instanceof z.ZodDefault) inner = inner.unwrap() as z.ZodType;
  return inner;
};

const kindOf = (schema: z.ZodType): FieldKind => {
  const base = unwrap(schema);
  if (base instanceof z.ZodEnum) return 'choice';
  if (base instanceof z.ZodNumber) return 'number';
  if (base instanceof z.ZodArray) return 'list';
  // Dates are the strings that accept 2024-01-31 and refuse 2024-01-3x.
  if (base.safeParse('2024-01-31').success && !base.safeParse('2024-01-3x').success) return 'date';
  return 'text';
};

export const fieldsOf = (entity: EntityDefinition): FieldSpec[] =>
  entity.columns.map((column) => {
    const schema = entity.schema.shape[column] as z.ZodType;
    const reference = entity.references.find((candidate) => candidate.field === column);
    // Notes (provenance) and a release's description are the free-text fields meant for paragraphs.
    const kind = column === 'notes' || column === 'description' ? 'longtext' : kindOf(schema);
    const base = unwrap(schema);
    return {
      column,
      label: columnLabel(column),
      kind: reference ? (reference.list ? 'references' : 'reference') : kind,
      required: kind === 'list' ? !schema.safeParse([]).success : !schema.safeParse(undefined).success,
      isKey: entity.key.includes(column),
      ...(base instanceof z.ZodEnum ? { options: base.options as string[] } : {}),
      ...(reference ? { target: reference.target } : {}),
    };
  });

/** A row as form values: text for single values, arrays for references, `;`-joined text for other lists. */
export const toFormValues = (fields: readonly FieldSpec[], row: Record<string, unknown> = {}): FormValues =>
  Object.fromEntries(
    fields.map((field) => {
      const value = row[field.column];
      if (field.kind === 'references') return [field.column, Array.isArray(value) ? value.map(String) : []];
      if (Array.isArray(value)) return [field.column, value.join('; ')];
      return [field.column, value === undefined || value === null ? '' : String(value)];
    }),
  );

/** Form values checked against a zod schema, cells coerced as the server coerces them: the row, or a message per field. */
export const validateFormWith = (
  schema: z.ZodObject,
  fields: readonly FieldSpec[],
  values: FormValues,
): { row: Record<string, unknown>; errors: null } | { row: null; errors: FieldErrors } => {
  const raw = Object.fromEntries(fields.map((field) => [field.column, values[field.column]]));
  const parsed = schema.safeParse(coerceRow(schema, raw));
  if (parsed.success) return { row: parsed.data as Record<string, unknown>, errors: null };
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const column = String(issue.path[0] ?? '');
    errors[column] ??= issue.message;
  }
  return { row: null, errors };
};

/** Form values as a row, validated exactly as the server will validate the row. */
export const validateForm = (entity: EntityDefinition, fields: readonly FieldSpec[], values: FormValues) =>
  validateFormWith(entity.schema, fields, values);
