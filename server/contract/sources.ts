import { z } from 'zod';

// The public data sources the import reads (GET /api/sources): what the upload page offers and asks for.

export const sourceOption = z.object({
  name: z.string().describe('the query parameter of POST /api/import that carries it'),
  label: z.string(),
  type: z.enum(['text', 'date', 'number']),
  required: z.boolean(),
  suggested: z.string().optional().describe('the value the form starts with'),
});
export type SourceOption = z.infer<typeof sourceOption>;

export const publicSource = z.object({
  name: z.string().describe('the value of ?source= on POST /api/import'),
  label: z.string(),
  options: z.array(sourceOption),
});
export type PublicSource = z.infer<typeof publicSource>;

export const sourceList = z.object({ sources: z.array(publicSource) });
export type SourceList = z.infer<typeof sourceList>;
