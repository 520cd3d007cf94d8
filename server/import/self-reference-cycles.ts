import { entities, type EntityName } from '../domain/catalog.js';
import type { QueryName } from '../db/query-names.js';
import type { Tx } from '../db/database.js';
import type { ImportProblem } from '../domain/import-problems.js';
import { readSelfLinks } from '../repositories/rows-repository.js';
import { locate, type ValidRow } from './validate-rows.js';
import { inTurns } from './event-loop-turns.js';

// The map's current links of each reference a table makes to itself; a new table with one needs its query here
// (the unit test of the catalog checks that every such reference has one).
export const selfReferenceQueries: Partial<Record<EntityName, QueryName>> = {
  agencies: 'import/agency-parents',
  funding_streams: 'import/stream-pass-throughs',
};

/** Every (table, field) where a row names another row of its own table: an agency's parent, a stream's upstream. */
export const selfReferences = entities.flatMap((entity) =>
  entity.references
    .filter((reference) => reference.target === entity.name && !reference.list)
    .map((reference) => ({ entity: entity.name, field: reference.field })),
);

/**
 * Rejects a row that would end up its own ancestor through a self-reference, following the upload's rows laid
 * over the map's links (only the upload's, when it replaces the map). Runs in the write's transaction.
 */
export const selfReferenceCycles = async (tx: Tx, rows: ValidRow[], replace: boolean): Promise<ImportProblem[]> => {
  const problems: ImportProblem[] = [];
  for (const { entity, field } of selfReferences) {
    const own = rows.filter((row) => row.entity.name === entity);
    if (own.length === 0) continue;
    const queryName = selfReferenceQueries[entity];
    if (queryName === undefined) throw new Error(`no query reads the links of ${entity}.${field}`);
    const inMap = replace ? [] : await readSelfLinks(tx, queryName);
    const parentOf = new Map<string, string | null>(inMap.map((link) => [link.id, link.parent_id]));
    for await (const slice of inTurns(own))
      for (const row of slice)
        parentOf.set(String(row.data.id), (row.data[field] as string | null | undefined) ?? null);
    // Each id's verdict is kept (null: no cycle), so a long chain is walked once, not once per row.
    const verdict = new Map<string, string | null>();
    for await (const slice of inTurns(own))
      for (const row of slice) {
        const id = String(row.data.id);
        if (!verdict.has(id)) walk(id, parentOf, verdict, field);
        const message = verdict.get(id);
        if (message) problems.push({ ...locate(row.source, field), message });
      }
  }
  return problems;
};

// A message names at most this many steps of a cycle, so a cycle of 100,000 rows is not 100,000 long messages.
const shown = 6;

/** The cycle as seen from its member at `at`: "a -> b -> a", or its first steps and "…" when it is long. */
const describeLoop = (loop: readonly string[], at: number): string => {
  const steps = Math.min(loop.length, shown);
  const ids = Array.from({ length: steps + 1 }, (_, k) => loop[(at + k) % loop.length]);
  return `${ids.join(' -> ')}${loop.length > shown ? ' -> …' : ''}`;
};

/** Follows `start` up its links and records a verdict for every id on the way (null: no cycle). */
const walk = (
  start: string,
  parentOf: ReadonlyMap<string, string | null>,
  verdict: Map<string, string | null>,
  field: string,
): void => {
  const path = [start];
  const onPath = new Map([[start, 0]]);
  let entry: string | undefined;
  for (let parent = parentOf.get(start); parent; parent = parentOf.get(parent)) {
    const known = verdict.get(parent);
    if (known === null) break;
    const loopsAt = onPath.get(parent);
    if (loopsAt !== undefined) {
      const loop = path.splice(loopsAt);
      loop.forEach((id, at) => verdict.set(id, `${field} makes a cycle: ${describeLoop(loop, at)}`));
      entry = parent;
      break;
    }
    if (known !== undefined) {
      entry = parent;
      break;
    }
    onPath.set(parent, path.length);
    path.push(parent);
  }
  const leads = entry === undefined ? null : `${field} leads into a cycle through "${entry}"`;
  for (const id of path) verdict.set(id, leads);
};
