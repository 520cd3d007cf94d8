import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../server/config.js';
import { importRows } from '../server/import/import-upload.js';
import { ImportRejected } from '../server/import/problems.js';
import { readUpload } from '../server/import/read-upload.js';
import { explainRejection, folderFiles } from '../server/seed/load-demo.js';
import { connectForScript } from './connect.js';

// npm run import -- <folder of CSV files | workbook.xlsx | bundle.json> [--replace]
const main = async (): Promise<void> => {
  const { values, positionals } = parseArgs({
    options: { replace: { type: 'boolean', default: false } },
    allowPositionals: true,
  });
  if (positionals.length === 0)
    throw new Error('usage: npm run import -- <folder|file.xlsx|file.json|file.csv ...> [--replace]');
  const files = positionals.flatMap((path) =>
    statSync(path).isDirectory() ? folderFiles(path) : [{ name: basename(path), content: readFileSync(path) }],
  );
  const { rows, problems } = await readUpload(files);
  if (problems.length > 0) throw new ImportRejected(problems);
  const { db, connection } = await connectForScript(loadConfig());
  try {
    const report = await importRows(db, rows, values.replace ? 'replace' : 'upsert');
    console.log(`Imported ${report.rows} rows into ${connection.uri} (${report.mode}).`);
    for (const [table, counts] of Object.entries(report.tables))
      if (Object.values(counts).some((count) => count > 0))
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
