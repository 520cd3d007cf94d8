import type { Database } from '../db/database.js';
import { queriesUnder } from '../db/queries.js';

/**
 * Applies cypher/schema/*.cypher in name order, each statement once, and records each file in the graph.
 * Statements are idempotent (IF NOT EXISTS), so a file that failed half-way is simply applied again.
 */
export const migrate = async (db: Database): Promise<string[]> => {
  const applied = new Set((await db.read<{ id: string }>('system/applied-migrations')).map((row) => row.id));
  const newlyApplied: string[] = [];
  for (const step of queriesUnder('schema')) {
    if (applied.has(step.name)) continue;
    for (const statement of splitStatements(step.text)) {
      await db.driver.executeQuery(statement, {}, { database: db.database });
    }
    await db.write('system/record-migration', { id: step.name });
    newlyApplied.push(step.name);
  }
  return newlyApplied;
};

/** Schema files hold several statements separated by `;` at line ends; comments are dropped. */
export const splitStatements = (text: string): string[] =>
  text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(/;\s*(?:\n|$)/)
    .map((statement) => statement.trim())
    .filter((statement) => statement !== '');
