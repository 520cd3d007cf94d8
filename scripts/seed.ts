import { parseArgs } from 'node:util';
import { loadConfig } from '../server/config.js';
import { todayOf } from '../server/domain/today.js';
import { shellActor } from './shell-actor.js';
import type { ImportReport } from '../server/import/import-upload.js';
import { explainRejection, loadDemo } from '../server/seed/load-demo.js';
import { loadRealPennsylvania } from '../server/seed/load-real.js';
import { connectForScript } from './connect.js';
import { printTableCounts } from './print-table-counts.js';

// npm run seed               replaces the whole map with the demo map (seed/demo)
// npm run seed -- --real pa  replaces it with Pennsylvania's real releases and the FPI's federal programs
const main = async (): Promise<void> => {
  const { values } = parseArgs({ options: { real: { type: 'string' } }, strict: true });
  if (values.real !== undefined && values.real !== 'pa') throw new Error('--real takes: pa');
  const config = loadConfig();
  const { db, connection } = await connectForScript(config);
  try {
    const report: ImportReport =
      values.real === 'pa'
        ? await loadRealPennsylvania(db, shellActor())
        : await loadDemo(db, todayOf(config.BRAID_TODAY), shellActor());
    console.log(
      `${values.real ? 'Real Pennsylvania data' : 'Demo map'} loaded into ${connection.uri}: ${report.rows} rows.`,
    );
    printTableCounts(report, { all: true });
  } finally {
    await db.close();
  }
};

main().catch((error: unknown) => {
  console.error(explainRejection(error));
  process.exit(1);
});
