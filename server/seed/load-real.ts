import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from '../db/database.js';
import type { Actor } from '../domain/actor.js';
import { importRows, type ImportReport } from '../import/import-upload.js';
import { readJson } from '../import/read-json.js';
import { fpiSource } from '../sources/fpi.js';
import { paPortalSource } from '../sources/pa-portal.js';
import { readObjectiveMapping } from '../sources/read-objective-mapping.js';
import type { SourceBundle, SourceResult } from '../sources/types.js';
import { Invalid } from '../domain/errors.js';

export const realDataDir = resolve(fileURLToPath(import.meta.url), '..', '..', '..', 'seed', 'real');

/** The federal programs that can pay for what a state's workforce and economic-development releases target. */
const fpiCategories = 'Training;Employment/Labor/Management;Economic Development';

const files = (prefix: string) =>
  readdirSync(realDataDir)
    .filter((name) => name.startsWith(prefix))
    .map((name) => ({ name, content: readFileSync(join(realDataDir, name)) }));

const byId = <T extends { id: string }>(rows: T[]): T[] => [...new Map(rows.map((row) => [row.id, row])).values()];

const merge = (bundles: SourceBundle[]): SourceBundle => ({
  format: 'braid/1',
  agencies: byId(bundles.flatMap((bundle) => bundle.agencies)),
  objectives: byId(bundles.flatMap((bundle) => bundle.objectives)),
  beneficiaries: byId(bundles.flatMap((bundle) => bundle.beneficiaries)),
  funding_streams: byId(bundles.flatMap((bundle) => bundle.funding_streams)),
  releases: byId(bundles.flatMap((bundle) => bundle.releases)),
});

export interface RealDemoReport extends ImportReport {
  sources: Array<{ name: string } & Pick<SourceResult, 'counts'>>;
}

/**
 * Replaces the map with Pennsylvania's real grant releases and the Federal Program Inventory's workforce and
 * economic-development programs, in one transaction. The portal does not name the stream a release draws on,
 * so releases and federal streams meet through shared objectives, not DRAWS_ON.
 */
export const loadRealPennsylvania = async (db: Database, actor: Actor): Promise<RealDemoReport> => {
  const mapping = await readObjectiveMapping();
  const pa = paPortalSource.run({ files: files('pa-'), mapping });
  const fpi = fpiSource.run({
    files: files('fpi-'),
    mapping,
    options: { categories: fpiCategories, asOf: '2023-09-25' },
  });
  const { rows, problems } = readJson('real data', JSON.stringify(merge([pa.bundle, fpi.bundle])));
  if (problems.length > 0) throw Invalid.rows(problems);
  // The real map has no partnerships or requests: replacing the demo with it empties those, as intended.
  const report = await importRows(db, rows, 'replace', actor, { confirmDeleteMissing: true });
  return {
    ...report,
    sources: [
      { name: 'pa-portal', counts: pa.counts },
      { name: 'fpi', counts: fpi.counts },
    ],
  };
};
