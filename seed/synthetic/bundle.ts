import { entities, entityNames, parseRow, rowKey, type EntityName } from '../../server/domain/catalog.js';

// The braid/1 bundle both seed generators produce: one array of rows per entity, lists as arrays and
// amounts as numbers (the JSON form of the interchange format).

export type Cell = string | number | readonly string[] | undefined;
export type Row = Record<string, Cell>;
export type Bundle = { format: 'braid/1' } & Record<EntityName, Row[]>;

export const emptyBundle = (): Bundle => ({
  format: 'braid/1',
  agencies: [],
  objectives: [],
  sectors: [],
  regions: [],
  beneficiaries: [],
  activities: [],
  funding_streams: [],
  partnerships: [],
  solutions: [],
  requests: [],
  releases: [],
  awards: [],
});

const MAX_PROBLEMS = 50;

/**
 * Every way the bundle breaks the format: rows the entity schema rejects, duplicate keys and references to
 * ids that do not exist. Stops after 50 problems so a broken generator fails fast and readably.
 */
export const bundleProblems = (bundle: Bundle): string[] => {
  const problems: string[] = [];
  const ids = new Map<EntityName, Set<string>>();
  const parsedRows = new Map<EntityName, Record<string, unknown>[]>();
  for (const entity of entities) {
    const seen = new Set<string>();
    const valid: Record<string, unknown>[] = [];
    for (const [index, row] of bundle[entity.name].entries()) {
      const parsed = parseRow(entity, row);
      if (parsed.success) valid.push(parsed.data);
      else {
        const issues = parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`);
        problems.push(`${entity.name}[${index}]: ${issues.join('; ')}`);
      }
      const key = rowKey(entity, parsed.success ? parsed.data : row);
      if (seen.has(key)) problems.push(`${entity.name}[${index}]: duplicate key ${key}`);
      seen.add(key);
    }
    ids.set(entity.name, seen);
    parsedRows.set(entity.name, valid);
  }
  // References are checked on parsed rows, so CSV cells (`a;b`) and JSON arrays are read alike.
  for (const entity of entities) {
    for (const row of parsedRows.get(entity.name) ?? []) {
      for (const reference of entity.references) {
        const value = row[reference.field];
        const targets = Array.isArray(value) ? value : value === undefined || value === '' ? [] : [String(value)];
        for (const target of targets) {
          if (!ids.get(reference.target)?.has(target))
            problems.push(
              `${entity.name} ${rowKey(entity, row)}: ${reference.field} names no ${reference.target} ${target}`,
            );
        }
      }
    }
    if (problems.length >= MAX_PROBLEMS) break;
  }
  return problems.slice(0, MAX_PROBLEMS);
};

export const bundleCounts = (bundle: Bundle): Record<EntityName, number> =>
  Object.fromEntries(entityNames.map((name) => [name, bundle[name].length])) as Record<EntityName, number>;
