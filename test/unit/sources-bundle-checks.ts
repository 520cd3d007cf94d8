import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { entityByName, type EntityName } from '../../server/domain/catalog.js';
import { parseObjectiveMapping } from '../../server/sources/objective-mapping.js';
import type { SourceBundle, SourceFile, SourceResult } from '../../server/sources/types.js';

// Helpers shared by the sources-*.test.ts files. The real public files live beside the repository (CI copies
// shared/ next to the fresh clone), never inside it.

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const realDataDir = path.resolve(repoRoot, 'seed', 'real');

export const realFile = (name: string): SourceFile => ({
  name,
  content: readFileSync(path.join(realDataDir, name)),
});

export const seedMapping = () =>
  parseObjectiveMapping(readFileSync(path.join(repoRoot, 'seed', 'mappings', 'objectives.csv'), 'utf8'));

const bundleTables: Array<Exclude<keyof SourceBundle, 'format'>> = [
  'agencies',
  'objectives',
  'beneficiaries',
  'funding_streams',
  'releases',
];

/** Every row that fails its braid/1 schema, and every reference that points outside the bundle. */
export const bundleProblems = (bundle: SourceBundle): string[] => {
  const problems: string[] = [];
  const ids = new Map<string, Set<string>>();
  for (const table of bundleTables) {
    const seen = new Set<string>();
    for (const row of bundle[table]) {
      if (seen.has(row.id)) problems.push(`${table} ${row.id}: id repeated`);
      seen.add(row.id);
      const parsed = entityByName(table).schema.safeParse(row);
      if (!parsed.success)
        problems.push(
          `${table} ${row.id}: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`,
        );
    }
    ids.set(table, seen);
  }
  for (const table of bundleTables)
    for (const row of bundle[table] as Array<Record<string, unknown>>)
      for (const reference of entityByName(table).references) {
        const value = row[reference.field];
        const targets = reference.list ? ((value as string[] | undefined) ?? []) : value === undefined ? [] : [value];
        const known = ids.get(reference.target as EntityName & typeof table) ?? new Set<string>();
        for (const target of targets as string[])
          if (!known.has(target))
            problems.push(`${table} ${String(row.id)}: ${reference.field} ${target} is not in the bundle`);
      }
  return problems;
};

/** Each record read ends in exactly one place. */
export const accountedFor = (result: SourceResult): number =>
  result.bundle.releases.length +
  result.bundle.funding_streams.length +
  result.skipped.length +
  result.unmapped.length +
  result.counts.excluded;

interface Window {
  id: string;
  opens: string;
  closes: string;
  objective_ids: string[];
}

/** Releases open at the same time that serve a shared objective: the competition the analytics look for. */
export const competingPairs = (releases: Window[]) =>
  releases.flatMap((a, i) =>
    releases.slice(i + 1).flatMap((b) => {
      const shared = a.objective_ids.filter((id) => b.objective_ids.includes(id));
      const from = a.opens > b.opens ? a.opens : b.opens;
      const to = a.closes < b.closes ? a.closes : b.closes;
      return shared.length > 0 && from <= to ? [{ ids: [a.id, b.id].sort(), shared, from, to }] : [];
    }),
  );
