import { entityByName, type EntityDefinition } from '../domain/catalog.js';
import type { Tx } from '../db/database.js';
import type { ImportProblem } from '../domain/import-problems.js';
import { locate, type ValidRow } from './validate-rows.js';

const referencedIds = (row: ValidRow, field: string): string[] => {
  const value = row.data[field];
  if (value === null || value === undefined) return [];
  return Array.isArray(value) ? value.map(String) : [String(value)];
};

/**
 * Every reference must name a row of the upload or, unless the upload replaces the map, a node already in
 * the graph. Also rejects an agency that would end up its own ancestor, through the upload or the map.
 * `rows` are the rows whose references are checked, `valid` the rows that would be written.
 */
export const checkReferences = async (
  tx: Tx,
  rows: ValidRow[],
  uploadKeys: Set<string>,
  replace: boolean,
  valid: ValidRow[] = rows,
): Promise<ImportProblem[]> => {
  const missing = new Map<EntityDefinition, Set<string>>();
  for (const row of rows)
    for (const reference of row.entity.references)
      for (const id of referencedIds(row, reference.field))
        if (!uploadKeys.has(`${reference.target}:${id}`)) {
          const target = entityByName(reference.target);
          if (!missing.has(target)) missing.set(target, new Set());
          missing.get(target)?.add(id);
        }

  const inGraph = new Set<string>();
  if (!replace)
    for (const [target, ids] of missing) {
      const found = await tx.run<{ id: string }>('import/existing-ids', { label: target.label, ids: [...ids] });
      for (const { id } of found) inGraph.add(`${target.name}:${id}`);
    }

  const problems: ImportProblem[] = [];
  for (const row of rows)
    for (const reference of row.entity.references)
      for (const id of referencedIds(row, reference.field)) {
        const scoped = `${reference.target}:${id}`;
        if (uploadKeys.has(scoped) || inGraph.has(scoped)) continue;
        const target = entityByName(reference.target);
        problems.push({
          ...locate(row.source, reference.field),
          message: `${reference.field} names ${target.singular} "${id}", which is neither in this upload${replace ? '' : ' nor in the map'}`,
        });
      }
  return [...problems, ...(await agencyCycles(tx, valid, replace))];
};

const agencyCycles = async (tx: Tx, rows: ValidRow[], replace: boolean): Promise<ImportProblem[]> => {
  const agencies = rows.filter((row) => row.entity.name === 'agencies');
  if (agencies.length === 0) return [];
  const inMap = replace ? [] : await tx.run<{ id: string; parent_id: string }>('import/agency-parents');
  const parentOf = new Map<string, string | null>(inMap.map((row) => [row.id, row.parent_id]));
  for (const row of agencies) parentOf.set(String(row.data.id), (row.data.parent_id as string | null) ?? null);
  return agencies.flatMap((row) => {
    const seen = new Set<string>([String(row.data.id)]);
    for (let parent = parentOf.get(String(row.data.id)); parent; parent = parentOf.get(parent)) {
      if (seen.has(parent))
        return [
          { ...locate(row.source, 'parent_id'), message: `parent_id makes a cycle: ${[...seen, parent].join(' -> ')}` },
        ];
      seen.add(parent);
    }
    return [];
  });
};
