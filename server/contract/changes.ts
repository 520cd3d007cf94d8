import { z } from 'zod';

// Change-sets as they cross HTTP: GET /api/changes, GET /api/changes/:id, POST /api/changes/:id/undo.

const tableCounts = z.object({ created: z.number(), updated: z.number(), deleted: z.number() });
const row = z.record(z.string(), z.unknown());

export const changeSetSummary = z.object({
  id: z.string(),
  seq: z.number().describe('order of commit'),
  at: z.string(),
  kind: z.enum(['import', 'edit', 'undo']),
  action: z.string().describe('import.upsert, import.replace, row.create, row.update, row.delete, changes.undo'),
  actor: z.object({ id: z.string(), kind: z.string(), label: z.string() }),
  counts: z.record(z.string(), tableCounts).describe('per table: rows created, updated and deleted'),
  undoes: z.array(z.string()).describe('for an undo: the change-sets it reverted'),
  undone_by: z.string().nullable(),
  undone_at: z.string().nullable(),
});
export type ChangeSetSummary = z.infer<typeof changeSetSummary>;

export const tableDiff = z.object({
  added: z.array(z.object({ key: z.string(), row })),
  changed: z.array(
    z.object({
      key: z.string(),
      fields: z.array(z.object({ field: z.string(), before: z.unknown(), after: z.unknown() })),
    }),
  ),
  removed: z.array(z.object({ key: z.string(), row })),
});
export type TableDiff = z.infer<typeof tableDiff>;

export const changeSetDetail = changeSetSummary.extend({
  tables: z.record(z.string(), tableDiff).describe('per table: rows added, changed (with the fields) and removed'),
});
export type ChangeSetDetail = z.infer<typeof changeSetDetail>;

export const changeSetList = z.object({
  items: z.array(changeSetSummary),
  total: z.number(),
  limit: z.number(),
  offset: z.number(),
});

export const changeSetListQuery = z.object({
  kind: z.enum(['import', 'edit', 'undo']).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

export const undoQuery = z.object({
  cascade: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true')
    .describe('also undo the later change-sets that touched the same rows (newest first)'),
});

export const undoResult = z.object({
  change_set_id: z.string().describe('the undo, itself a change-set'),
  undone: z.array(z.string()).describe('every change-set reverted, newest first'),
  counts: z.record(z.string(), tableCounts),
});

export const undoConflictRow = z.object({
  table: z.string(),
  key: z.string(),
  reason: z.string(),
  expected: row.nullable().optional(),
  current: row.nullable().optional(),
});
export type UndoConflictRow = z.infer<typeof undoConflictRow>;
