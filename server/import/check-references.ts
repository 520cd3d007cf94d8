import { entityByName, type EntityDefinition } from '../domain/catalog.js';
import type { Tx } from '../db/database.js';
import type { ImportProblem } from '../domain/import-problems.js';
import { selfReferenceCycles } from './self-reference-cycles.js';
import { existingIds } from '../repositories/rows-repository.js';
import { locate, type ValidRow } from './validate-rows.js';
import { inTurns } from './event-loop-turns.js';

const referencedIds = (row: ValidRow, field: string): string[] => {
  const value = row.data[field];
  if (value === null || value === undefined) return [];
  return Array.isArray(value) ? value.map(String) : [String(value)];
};

/**
 * Every reference must name a row of the upload or, unless the upload replaces the map, a node already in
 * the graph. Also rejects a row that would end up its own ancestor (an agency's parent, a stream's upstream), through the
 * upload or the map.
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
  for await (const slice of inTurns(rows))
    for (const row of slice)
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
      for (const id of await existingIds(tx, target.label, [...ids])) inGraph.add(`${target.name}:${id}`);
    }

  const problems: ImportProblem[] = [];
  for await (const slice of inTurns(rows))
    for (const row of slice)
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
  return [...problems, ...(await selfReferenceCycles(tx, valid, replace))];
};
