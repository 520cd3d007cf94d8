import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseObjectiveMapping, type ObjectiveMapping } from './objective-mapping.js';

/** The mapping budget staff edit, kept with the seed data. */
export const defaultObjectiveMappingPath = fileURLToPath(
  new URL('../../seed/mappings/objectives.csv', import.meta.url),
);

/** Reads and checks a mapping CSV (the default one unless another is named); throws ObjectiveMappingError. */
export const readObjectiveMapping = async (file = defaultObjectiveMappingPath): Promise<ObjectiveMapping> =>
  parseObjectiveMapping(await readFile(file, 'utf8'), path.basename(file));
