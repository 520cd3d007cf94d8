import type { EntityDefinition } from '@domain/catalog.js';

/** The key a row is addressed by in CRUD URLs: its id, or its natural key joined with | (URL-encoded). */
export const rowKeyOf = (entity: EntityDefinition, row: Record<string, unknown>): string =>
  entity.key.map((field) => String(row[field] ?? '')).join('|');

export const rowPath = (entity: EntityDefinition, key: string): string => `/${entity.path}/${encodeURIComponent(key)}`;
