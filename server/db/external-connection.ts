import type { Config, Neo4jConnection } from '../config.js';

/** The Neo4j that NEO4J_URI names (Desktop, a cluster, Aura), or null when Braid runs its own local one. */
export const externalConnection = (config: Config): Neo4jConnection | null => {
  if (!config.NEO4J_URI) return null;
  if (!config.NEO4J_PASSWORD) throw new Error('NEO4J_URI is set but NEO4J_PASSWORD is not.');
  return {
    uri: config.NEO4J_URI,
    user: config.NEO4J_USER,
    password: config.NEO4J_PASSWORD,
    database: config.NEO4J_DATABASE,
  };
};
