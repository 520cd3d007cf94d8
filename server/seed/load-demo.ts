import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from '../db/database.js';
import type { Actor } from '../domain/actor.js';
import { importRows, type ImportReport } from '../import/import-upload.js';
import { describeProblem } from '../domain/import-problems.js';
import { readUpload } from '../import/read-upload.js';
import { demoForToday } from './demo-for-today.js';
import { Invalid } from '../domain/errors.js';

export const demoDir = resolve(fileURLToPath(import.meta.url), '..', '..', '..', 'seed', 'demo');

/** Reads a folder of the interchange format's CSV files (or XLSX/JSON files) as an upload. */
export const folderFiles = (dir: string) =>
  readdirSync(dir)
    .filter((name) => /\.(csv|xlsx|json)$/i.test(name))
    .sort()
    .map((name) => ({ name, content: readFileSync(join(dir, name)) }));

/** Imports a folder through the same validation and single transaction as an upload. */
export const importFolder = async (
  db: Database,
  dir: string,
  mode: 'upsert' | 'replace',
  actor: Actor,
): Promise<ImportReport> => {
  const { rows, problems } = await readUpload(folderFiles(dir));
  if (problems.length > 0) throw Invalid.rows(problems);
  // Seeding a folder is an explicit choice of the whole map: a replace may empty tables the folder lacks.
  return importRows(db, rows, mode, actor, { confirmDeleteMissing: true });
};

/** Replaces the map with the demo map of seed/demo, moved to end with today's fiscal year. */
export const loadDemo = async (db: Database, today: string, actor: Actor): Promise<ImportReport> => {
  const { rows, problems } = await readUpload(folderFiles(demoDir));
  if (problems.length > 0) throw Invalid.rows(problems);
  return importRows(db, demoForToday(rows, today), 'replace', actor, { confirmDeleteMissing: true });
};

export const explainRejection = (error: unknown): string =>
  error instanceof Invalid
    ? `${error.message}\n${error.problems.map((problem) => `  ${describeProblem(problem)}`).join('\n')}`
    : error instanceof Error
      ? error.message
      : String(error);
