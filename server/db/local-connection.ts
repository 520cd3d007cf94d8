import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Neo4jConnection } from '../config.js';

// The server connects to the local Neo4j that scripts/neo4j/local-neo4j.ts runs; it only needs to know where
// that instance keeps its password. scripts/ imports this file (never the other way), so the folder layout is
// defined once, here.

const neo4jRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '.neo4j');

/** The folder of one local instance (dev, test, bench). */
export const localNeo4jHome = (name: string): string => join(neo4jRoot, name);

/** How to reach a local instance on loopback; throws when it has never been set up (no password yet). */
export const localConnection = (name: string, port: number): Neo4jConnection => ({
  uri: `bolt://127.0.0.1:${port}`,
  user: 'neo4j',
  password: readFileSync(join(localNeo4jHome(name), 'password'), 'utf8').trim(),
  database: undefined,
});
