import { Database } from '../../server/db/database.js';
import { testConnection } from './test-app.js';

/**
 * Waits until Neo4j runs a query containing `text` (SHOW TRANSACTIONS), or until `settled` resolves first.
 * A race test starts its second write at that moment, so the first is inside its transaction whatever the
 * machine's load. Answers whether the query was seen (false: the first write ended before the poll saw it).
 * The text is a parameter, so this poll's own query never matches itself.
 */
export const whenNeo4jRuns = async (text: string, settled: Promise<unknown>): Promise<boolean> => {
  let done = false;
  const end = () => {
    done = true;
  };
  settled.then(end, end);
  const db = new Database(testConnection());
  const session = db.driver.session();
  try {
    while (!done) {
      const result = await session.run(
        'SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS $text RETURN count(*) AS running',
        { text },
      );
      if (Number(result.records[0]?.get('running')) > 0) return true;
    }
    return false;
  } finally {
    await session.close();
    await db.close();
  }
};
