import { importCaPortal } from './ca-portal.js';
import { importFpi } from './fpi.js';
import { importGrantsGov } from './grants-gov.js';
import { importPaPortal } from './pa-portal.js';
import type { ImportSource } from './types.js';

/**
 * Every public source Braid reads, by the name the CLI (`npm run import -- --source pa-portal <file>`) and the
 * upload page use. Each takes the files, the objective mapping and its options, and returns a braid/1 bundle
 * with the rows it could not place.
 */
export const importSources = {
  'pa-portal': importPaPortal,
  'ca-portal': importCaPortal,
  fpi: importFpi,
  'grants-gov': importGrantsGov,
} as const satisfies Record<string, ImportSource>;

export type ImportSourceName = keyof typeof importSources;

export const isImportSourceName = (name: string): name is ImportSourceName => Object.hasOwn(importSources, name);
