import { z } from 'zod';

// The one shape of every error answer (RFC 9457 application/problem+json), as server/plugins/problem-details.ts
// sends it and client/api/problem.ts reads it.

export const fieldErrorSchema = z.object({ field: z.string(), message: z.string() });

export const rowProblemSchema = z.object({
  file: z.string(),
  sheet: z.string().optional(),
  row: z.number().optional(),
  column: z.string().optional(),
  message: z.string(),
});
export type RowProblem = z.infer<typeof rowProblemSchema>;

export const dependentSchema = z.object({ entity: z.string(), id: z.string() });

const problemFields = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number(),
  detail: z.string(),
  instance: z.string().optional(),
  /** Request validation (query, params, body): every bad field. */
  errors: z.array(fieldErrorSchema).optional(),
  /** Import and save validation: every bad row, located. */
  problems: z.array(rowProblemSchema).optional(),
  /** Delete refused: the rows that still refer to the one being deleted. */
  dependents: z.array(dependentSchema).optional(),
  /** Replace refused: the tables it would empty (confirm with `confirm=delete-missing`). */
  tables: z.array(z.object({ table: z.string(), rows: z.number() })).optional(),
  /** Import refused: how many problems there are in all (at most 100 are listed). */
  problem_count: z.number().optional(),
  /** A stale edit (If-Match): the row as it stands now, and its version. */
  current: z.record(z.string(), z.unknown()).optional(),
  version: z.number().optional(),
  /** An undo refused: the rows in the way, and the later change-sets that touched them. */
  rows: z.array(z.object({ table: z.string(), key: z.string(), reason: z.string() }).passthrough()).optional(),
  later: z.array(z.object({ id: z.string(), at: z.string(), action: z.string(), actor: z.string() })).optional(),
});
export type Problem = z.infer<typeof problemFields>;

/** Passes unknown members through: a handler may add its own (RFC 9457 extension members). */
export const problemSchema = problemFields.passthrough();
