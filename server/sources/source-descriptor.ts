import { z } from 'zod';
import type { PublicSource, SourceOption } from '../contract/sources.js';
import type { SourceInput, SourceResult } from './types.js';

/** What a person is asked for one option on the upload page (the CLI and the API name it from its key). */
export interface OptionText {
  label: string;
  /** A value the form starts with, when the source has a usual choice. */
  suggested?: string;
}

/**
 * One public data source: its name (the CLI's `--source`, the API's `?source=`), the label people read, the zod
 * schema of its options (camelCase keys) with the words the upload page asks them with, and the mapper to run.
 */
export interface SourceDescriptor<Options extends z.ZodObject = z.ZodObject, Name extends string = string> {
  name: Name;
  label: string;
  options: Options;
  optionText: { [Key in keyof Options['shape'] & string]: OptionText };
  run: (input: SourceInput) => SourceResult;
}

/** Typed so that every option of the schema has its text. */
export const defineSource = <Options extends z.ZodObject, const Name extends string>(
  descriptor: SourceDescriptor<Options, Name>,
): SourceDescriptor<Options, Name> => descriptor;

/** `fiscalYear` -> `fiscal_year` (the API's query parameter). */
export const queryParameter = (key: string): string => key.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

/** `fiscalYear` -> `fiscal-year` (the CLI's flag, without its dashes). */
export const cliFlag = (key: string): string => key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

type JsonSchema = { type?: string; format?: string; pattern?: string; properties?: Record<string, JsonSchema> };

/** The kind of input an option takes, read from its JSON schema (a list given as `;`-separated text is text). */
const optionType = (schema: JsonSchema | undefined): SourceOption['type'] => {
  if (schema?.type === 'integer' || schema?.type === 'number') return 'number';
  if (schema?.format === 'date' || schema?.pattern === '^\\d{4}-\\d{2}-\\d{2}$') return 'date';
  return 'text';
};

/** A source as `GET /api/sources` lists it: what the upload page needs to ask for its options. */
export const describeSource = (source: SourceDescriptor): PublicSource => {
  const schema = z.toJSONSchema(source.options, { io: 'input', unrepresentable: 'any' }) as JsonSchema & {
    required?: string[];
  };
  const optionText: Record<string, OptionText> = source.optionText;
  return {
    name: source.name,
    label: source.label,
    options: Object.keys(source.options.shape).map((key) => ({
      name: queryParameter(key),
      label: optionText[key]!.label,
      type: optionType(schema.properties?.[key]),
      required: schema.required?.includes(key) ?? false,
      ...(optionText[key]!.suggested === undefined ? {} : { suggested: optionText[key]!.suggested }),
    })),
  };
};
