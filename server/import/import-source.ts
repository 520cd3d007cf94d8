import type { Database } from '../db/database.js';
import { existingIds } from '../repositories/rows-repository.js';
import { Invalid } from '../domain/errors.js';
import type { Actor } from '../domain/actor.js';
import { importRows, type ImportMode, type ImportOptions, type ImportReport } from './import-upload.js';
import { readJson } from './read-json.js';
import type { SourceDescriptor } from '../sources/source-descriptor.js';
import { ObjectiveMappingError } from '../sources/objective-mapping.js';
import { readObjectiveMapping } from '../sources/read-objective-mapping.js';
import { SourceFileError, SourceOptionsError } from '../sources/source-options.js';
import type { SourceFile, SourceResult } from '../sources/types.js';

export interface SourceImportReport extends ImportReport {
  source: { name: string } & Pick<SourceResult, 'counts' | 'unmapped' | 'skipped' | 'warnings'>;
}

/** A source's own complaint (a file it cannot read, a bad option, a broken mapping) as a 400. */
const asProblem = (error: unknown): unknown =>
  error instanceof SourceFileError || error instanceof SourceOptionsError || error instanceof ObjectiveMappingError
    ? new Invalid(error.message, { title: 'The source cannot be read' })
    : error;

/**
 * Reads a public source (a state grants portal, the Federal Program Inventory, Grants.gov) into a braid/1
 * bundle and imports it through the same validation and single transaction as any upload.
 */
export const importFromSource = async (
  db: Database,
  source: SourceDescriptor,
  files: SourceFile[],
  options: Record<string, unknown>,
  mode: ImportMode,
  actor: Actor,
  importOptions: ImportOptions = {},
): Promise<SourceImportReport> => {
  let result: SourceResult;
  try {
    result = source.run({ files, mapping: await readObjectiveMapping(), options });
  } catch (error) {
    throw asProblem(error);
  }
  const bundle = { ...result.bundle };
  if (mode === 'upsert') {
    // The mapping's objectives are created when missing; a state's own objective of the same id is kept as is.
    const ids = bundle.objectives.map((o) => o.id);
    const existing = await db.readTransaction((tx) => existingIds(tx, 'Objective', ids));
    bundle.objectives = bundle.objectives.filter((objective) => !existing.has(objective.id));
    // So are the groups of who is served: a state that named "veterans" its own way keeps its name.
    const groups = bundle.beneficiaries.map((b) => b.id);
    const known = await db.readTransaction((tx) => existingIds(tx, 'Beneficiary', groups));
    bundle.beneficiaries = bundle.beneficiaries.filter((group) => !known.has(group.id));
  }
  const { rows, problems } = readJson(`${source.name} import`, JSON.stringify(bundle));
  if (problems.length > 0) throw Invalid.rows(problems);
  const report = await importRows(db, rows, mode, actor, importOptions);
  const { counts, unmapped, skipped, warnings } = result;
  return { ...report, source: { name: source.name, counts, unmapped, skipped, warnings } };
};
