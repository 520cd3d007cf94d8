import { z } from 'zod';

// The audit trail as it crosses HTTP: GET /api/audit.

const isoDay = /^\d{4}-\d{2}-\d{2}$/;
const instant = z
  .string()
  .refine(
    (value) => isoDay.test(value) || !Number.isNaN(Date.parse(value)),
    'must be a date (2026-12-01) or an ISO time',
  )
  .optional();

export const auditQuery = z.object({
  actor: z.string().min(1).optional().describe('an actor id (cli:alice, user id) or label (an email)'),
  table: z.string().min(1).optional().describe('a table (funding_streams, saved_views, share_links, ...)'),
  from: instant.describe('from this date or time (inclusive)'),
  to: instant.describe('up to this date (the whole day) or time (inclusive)'),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type AuditQuery = z.infer<typeof auditQuery>;

export const fieldChange = z.object({
  table: z.string(),
  key: z.string(),
  field: z.string(),
  before: z.unknown(),
  after: z.unknown(),
});
export type FieldChange = z.infer<typeof fieldChange>;

export const auditEntry = z.object({
  id: z.string(),
  at: z.string().describe('when, ISO 8601 UTC'),
  actor: z.object({ id: z.string(), kind: z.string(), label: z.string() }),
  action: z.string().describe('what was done: row.create, row.update, row.delete, import.upsert, import.replace, ...'),
  tables: z.array(z.string()),
  keys: z.array(z.string()).describe('keys of the rows written (the first 200)'),
  key_count: z.number(),
  counts: z.record(z.string(), z.unknown()).nullable().describe('per table: created, updated, deleted'),
  fields: z.array(fieldChange).nullable().describe('for an edited row: each field with its old and new value'),
  change_set_id: z.string().nullable(),
  detail: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof auditEntry>;

export const auditPage = z.object({
  items: z.array(auditEntry),
  total: z.number(),
  limit: z.number(),
  offset: z.number(),
});

export const auditActors = z.object({
  items: z.array(z.object({ id: z.string(), label: z.string(), kind: z.string() })),
});
