import type { Database } from '../server/db/database.js';
import { entities, type EntityName } from '../server/domain/catalog.js';
import { importRows } from '../server/import/import-upload.js';
import { shellActor } from '../scripts/shell-actor.js';
import { readJson } from '../server/import/read-json.js';
import { emptyBundle, type Bundle, type Row } from '../seed/synthetic/bundle.js';

// The synthetic map puts many states in one graph with no state boundary: a stream or release with no region
// is "statewide", which across states would make it open to every state's partnerships and a competitor of
// every state's releases. No real map is like that (Braid maps one state), so before loading, each statewide
// row is scoped to its own state's regions: the same meaning inside its state, and states stay apart.

const stateOf = (id: unknown): string | null => {
  const match = /^([A-Z]{2}|S\d+)-/.exec(String(id ?? ''));
  return match?.[1] ?? null;
};

const rowState = (name: EntityName, row: Row): string | null =>
  stateOf(name === 'requests' || name === 'awards' ? row.partnership_id : row.id);

export const scopeStatewideToState = (bundle: Bundle): Bundle => {
  const regionsOf = new Map<string, string[]>();
  for (const region of bundle.regions) {
    const state = stateOf(region.id);
    if (state) regionsOf.set(state, [...(regionsOf.get(state) ?? []), String(region.id)]);
  }
  const scoped = (row: Row): Row => {
    const regions = regionsOf.get(stateOf(row.id) ?? '');
    const own = Array.isArray(row.region_ids) ? row.region_ids : [];
    return own.length === 0 && regions ? { ...row, region_ids: regions } : row;
  };
  return { ...bundle, funding_streams: bundle.funding_streams.map(scoped), releases: bundle.releases.map(scoped) };
};

/** The shared rows first, then one bundle per state: each import is one transaction of moderate size. */
export const stateChunks = (bundle: Bundle): Bundle[] => {
  const chunks = new Map<string, Bundle>();
  const chunk = (state: string) => chunks.get(state) ?? (chunks.set(state, emptyBundle()).get(state) as Bundle);
  chunk('shared');
  for (const entity of entities)
    for (const row of bundle[entity.name]) chunk(rowState(entity.name, row) ?? 'shared')[entity.name].push(row);
  return [...chunks.values()];
};

export const loadBundle = async (db: Database, bundle: Bundle, log: (line: string) => void): Promise<void> => {
  const chunks = stateChunks(bundle);
  for (const [index, chunk] of chunks.entries()) {
    const { rows, problems } = readJson(`chunk-${index}.json`, JSON.stringify(chunk));
    if (problems.length > 0)
      throw new Error(`synthetic chunk ${index} does not read: ${JSON.stringify(problems.slice(0, 3))}`);
    await importRows(db, rows, 'upsert', shellActor());
    if ((index + 1) % 10 === 0 || index === chunks.length - 1)
      log(`  imported ${index + 1} of ${chunks.length} chunks`);
  }
};
