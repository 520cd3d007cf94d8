import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { QueryName } from './query-names.js';

// Every Cypher statement lives in cypher/*.cypher and is loaded once, at start-up, by its path:
// cypher/entities/agencies/read.cypher is the query 'entities/agencies/read'.

export const cypherRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'cypher');

const listFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? listFiles(path) : path.endsWith('.cypher') ? [path] : [];
  });

export type QueryCatalog = ReadonlyMap<string, string>;

export const loadQueries = (root: string = cypherRoot): QueryCatalog =>
  new Map(
    listFiles(root).map((path) => [
      relative(root, path)
        .split(sep)
        .join('/')
        .replace(/\.cypher$/, ''),
      readFileSync(path, 'utf8').trim(),
    ]),
  );

let catalog: QueryCatalog | undefined;

/** The text of a query file, loaded on first use of any query and kept for the life of the process. */
export const query = (name: QueryName): string => {
  catalog ??= loadQueries();
  const text = catalog.get(name);
  if (text === undefined) throw new Error(`No Cypher file cypher/${name}.cypher`);
  return text;
};

/** Files in a folder of cypher/, in name order (schema steps are numbered). */
export const queriesUnder = (folder: string): Array<{ name: string; text: string }> => {
  catalog ??= loadQueries();
  return [...catalog.entries()]
    .filter(([name]) => name.startsWith(`${folder}/`))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, text]) => ({ name, text }));
};
