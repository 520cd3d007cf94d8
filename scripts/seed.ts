import { parseArgs } from 'node:util';
import { loadConfig } from '../server/config.js';
import { explainRejection, loadDemo } from '../server/seed/load-demo.js';
import { connectForScript } from './connect.js';

// npm run seed: replaces the whole map with the demo map (asks nothing: this is what the command is for).
const main = async (): Promise<void> => {
  parseArgs({ options: {}, strict: true });
  const { db, connection } = await connectForScript(loadConfig());
  try {
    const report = await loadDemo(db);
    console.log(`Demo map loaded into ${connection.uri}: ${report.rows} rows.`);
    for (const [table, counts] of Object.entries(report.tables))
      console.log(
        `  ${table.padEnd(16)} ${counts.created} created, ${counts.updated} updated, ${counts.unchanged} unchanged, ${counts.deleted} deleted`,
      );
  } finally {
    await db.close();
  }
};

main().catch((error: unknown) => {
  console.error(explainRejection(error));
  process.exit(1);
});
