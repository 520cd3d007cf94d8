import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { plainRows, type Database } from '../server/db/database.js';
import { loadQueries } from '../server/db/queries.js';
import type { BenchCase, Samples } from './cases.js';

// What every section of the bench is given: the database, the sample rows, the size of the run, and a way to
// run the bench's own queries (bench/cypher/, not part of the app).

export interface BenchContext {
  db: Database;
  samples: Samples;
  runs: number;
  quick: boolean;
  states: number;
  seed: number;
  /** Runs a row of the table only when --only names it (or nothing). */
  wanted: (name: string) => boolean;
  /** The app, listening, acting as an admin. */
  baseUrl: string;
}

const benchQueries = loadQueries(join(dirname(fileURLToPath(import.meta.url)), 'cypher'));

export const benchQuery = (name: string): string => {
  const text = benchQueries.get(name);
  if (!text) throw new Error(`No bench query bench/cypher/${name}.cypher`);
  return text;
};

export const runBench = async (db: Database, name: string, params: Record<string, unknown> = {}) =>
  plainRows<Record<string, unknown>>(await db.driver.executeQuery(benchQuery(name), params, { database: db.database }));

/** A case's baseline queries with their parameters, as the analytic reads them. */
export const baselineReads = (benchCase: BenchCase, samples: Samples) =>
  benchCase.baselines.map((query) => ({
    query,
    params: {
      fiscal_year: samples.fiscalYear,
      partnership_id: benchCase.onePartnership ? samples.partnershipId : null,
    },
  }));

/** Empties the bench database; an auto-commit query, as CALL ... IN TRANSACTIONS needs. */
export const clearBench = async (db: Database): Promise<void> => {
  const session = db.driver.session({ database: db.database });
  try {
    await session.run(benchQuery('clear'));
  } finally {
    await session.close();
  }
};
