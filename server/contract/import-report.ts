import { z } from 'zod';
import { entityNames } from '../domain/catalog.js';

// What POST /api/import answers, and what GET /api/export takes.

const sourceIssue = z.object({
  file: z.string(),
  row: z.number(),
  id: z.string().optional(),
  title: z.string(),
  reason: z.string(),
});

const counts = z.object({ created: z.number(), updated: z.number(), unchanged: z.number(), deleted: z.number() });
export const importReportSchema = z.object({
  mode: z.enum(['upsert', 'replace']),
  rows: z.number(),
  tables: z.object(
    Object.fromEntries(entityNames.map((name) => [name, counts])) as Record<
      (typeof entityNames)[number],
      typeof counts
    >,
  ),
  change_set_id: z.string().nullable().describe('the change-set that undoes this import (POST /api/changes/:id/undo)'),
  source: z
    .object({
      name: z.string(),
      counts: z.object({
        read: z.number(),
        imported: z.number(),
        excluded: z.number(),
        skipped: z.number(),
        unmapped: z.number(),
      }),
      unmapped: z.array(sourceIssue),
      skipped: z.array(sourceIssue),
      warnings: z.array(
        z.object({ file: z.string(), row: z.number().optional(), id: z.string().optional(), message: z.string() }),
      ),
    })
    .optional()
    .describe('with ?source=: what the source import read, and every record it could not place'),
});
export type ImportReport = z.infer<typeof importReportSchema>;

export const exportQuery = z.object({ format: z.enum(['json', 'xlsx']).default('json') });
