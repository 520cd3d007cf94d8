import { randomUUID } from 'node:crypto';
import { integer } from '../db/integer.js';
import type { AuditEntry, AuditQuery, FieldChange } from '../contract/audit.js';
import type { Database, Tx } from '../db/database.js';
import type { Actor } from '../domain/actor.js';

// The one way to record a write: call recordAudit with the write's own transaction, as its last statement,
// so the record and the write commit together or not at all.

export interface AuditInput {
  action: string;
  tables?: string[];
  keys?: string[];
  counts?: Record<string, unknown>;
  fields?: FieldChange[];
  changeSetId?: string | null;
  detail?: string;
  /** The write's time, when the caller already took it (change-sets share it with their record). */
  at?: string;
}

const keptKeys = 200;

export const recordAudit = async (tx: Tx, actor: Actor, entry: AuditInput): Promise<string> => {
  const id = randomUUID();
  const keys = entry.keys ?? [];
  await tx.run('audit/record', {
    id,
    at: entry.at ?? new Date().toISOString(),
    actor_id: actor.id,
    actor_kind: actor.kind,
    actor_label: actor.label,
    action: entry.action,
    tables: entry.tables ?? [],
    keys: keys.slice(0, keptKeys),
    key_count: keys.length,
    counts: entry.counts ? JSON.stringify(entry.counts) : null,
    fields: entry.fields ? JSON.stringify(entry.fields) : null,
    change_set_id: entry.changeSetId ?? null,
    detail: entry.detail ?? null,
  });
  return id;
};

interface StoredEntry {
  id: string;
  at: string;
  actor_id: string;
  actor_kind: string;
  actor_label: string;
  action: string;
  tables: string[];
  keys: string[];
  key_count: number;
  counts: string | null;
  fields: string | null;
  change_set_id: string | null;
  detail: string | null;
}

const toEntry = (stored: StoredEntry): AuditEntry => ({
  id: stored.id,
  at: stored.at,
  actor: { id: stored.actor_id, kind: stored.actor_kind, label: stored.actor_label },
  action: stored.action,
  tables: stored.tables,
  keys: stored.keys,
  key_count: stored.key_count,
  counts: stored.counts ? (JSON.parse(stored.counts) as Record<string, unknown>) : null,
  fields: stored.fields ? (JSON.parse(stored.fields) as FieldChange[]) : null,
  change_set_id: stored.change_set_id ?? null,
  detail: stored.detail ?? null,
});

/** A bare date as `to` means the whole of that day. */
const upperBound = (to: string | undefined): string | null =>
  to === undefined ? null : /^\d{4}-\d{2}-\d{2}$/.test(to) ? `${to}T23:59:59.999Z` : new Date(to).toISOString();

const lowerBound = (from: string | undefined): string | null =>
  from === undefined ? null : /^\d{4}-\d{2}-\d{2}$/.test(from) ? `${from}T00:00:00.000Z` : new Date(from).toISOString();

export const listAudit = async (
  db: Database,
  query: AuditQuery,
): Promise<{ items: AuditEntry[]; total: number; limit: number; offset: number }> => {
  const [page] = await db.read<{ total: number; items: StoredEntry[] }>('audit/list', {
    actor: query.actor ?? null,
    table: query.table ?? null,
    from: lowerBound(query.from),
    to: upperBound(query.to),
    offset: integer(query.offset),
    limit: integer(query.limit),
  });
  return { items: (page?.items ?? []).map(toEntry), total: page?.total ?? 0, limit: query.limit, offset: query.offset };
};

export const listAuditActors = async (db: Database): Promise<Array<{ id: string; label: string; kind: string }>> =>
  db.read('audit/actors');
