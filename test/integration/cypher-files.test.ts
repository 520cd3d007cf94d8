import { describe, expect, it } from 'vitest';
import { Database } from '../../server/db/database.js';
import { splitStatements } from '../../server/repositories/migration-repository.js';
import { loadQueries } from '../../server/db/queries.js';
import { testConnection } from '../helpers/test-app.js';

// Every query file loads, and Neo4j itself parses and plans it (EXPLAIN runs nothing).
describe('cypher/ files', () => {
  const queries = [...loadQueries().entries()];

  it('are all found', () => {
    expect(queries.length).toBeGreaterThan(30);
    expect(queries.map(([name]) => name)).toContain('entities/funding_streams/read');
  });

  // Some 150 files, planned one after another: on a busy machine this takes minutes.
  it('each parses and plans in Neo4j', { timeout: 300_000 }, async () => {
    const db = new Database(testConnection());
    const failures: string[] = [];
    try {
      for (const [name, text] of queries)
        for (const statement of name.startsWith('schema/') ? splitStatements(text) : [text])
          await db.driver
            .executeQuery(`EXPLAIN ${statement}`)
            .catch((error: Error) => failures.push(`${name}: ${error.message}`));
    } finally {
      await db.close();
    }
    expect(failures).toEqual([]);
  });
});
