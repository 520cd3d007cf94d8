import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../server/config.js';
import { importFromSource, type SourceImportReport } from '../server/import/import-source.js';
import { importRows, type ImportReport } from '../server/import/import-upload.js';
import { shellActor } from './shell-actor.js';
import { readUpload } from '../server/import/read-upload.js';
import { findSource, optionKeys, sourceNames, sources } from '../server/sources/registry.js';
import { cliFlag } from '../server/sources/source-descriptor.js';
import { explainRejection, folderFiles } from '../server/seed/load-demo.js';
import { connectForScript } from './connect.js';
import { printTableCounts } from './print-table-counts.js';
import { Invalid } from '../server/domain/errors.js';

const sourceUsage = sources
  .map((source) => {
    const flags = Object.keys(source.options.shape).map((key) => `[--${cliFlag(key)} ...]`);
    return `         ${source.name}: ${[source.label, ...flags].join(' ')}`;
  })
  .join('\n');
const usage = `usage: npm run import -- <folder|file.xlsx|file.json|file.csv ...> [--replace [--delete-missing]]
       npm run import -- --source ${sourceNames.join('|')} <file or folder ...> [--replace [--delete-missing]]
${sourceUsage}`;

/** Each option any source takes, as a CLI flag holding text; the chosen source's own schema validates it. */
const optionFlags = Object.fromEntries(optionKeys.map((key) => [cliFlag(key), { type: 'string' as const }]));

const printReport = (report: ImportReport, uri: string): void => {
  console.log(`Imported ${report.rows} rows into ${uri} (${report.mode}).`);
  printTableCounts(report);
};

const printSourceReport = ({ source }: SourceImportReport): void => {
  const { read, imported, excluded, skipped, unmapped } = source.counts;
  console.log(
    `${source.name}: ${read} records read, ${imported} imported, ${excluded} excluded by your filter, ${skipped} skipped, ${unmapped} unmapped.`,
  );
  for (const issue of source.skipped)
    console.log(`  skipped   ${issue.file} row ${issue.row}: ${issue.title} (${issue.reason})`);
  for (const issue of source.unmapped)
    console.log(`  unmapped  ${issue.file} row ${issue.row}: ${issue.title} (${issue.reason})`);
  for (const warning of source.warnings)
    console.log(`  warning   ${warning.file}${warning.row ? ` row ${warning.row}` : ''}: ${warning.message}`);
};

// npm run import: the interchange format, or a public source (docs/real-data.md); both all or nothing.
const main = async (): Promise<void> => {
  const { values, positionals } = parseArgs({
    options: {
      replace: { type: 'boolean', default: false },
      // A replace that empties a table the files have no rows for is refused unless this confirms it.
      'delete-missing': { type: 'boolean', default: false },
      source: { type: 'string' },
      ...optionFlags,
    },
    allowPositionals: true,
  });
  if (positionals.length === 0) throw new Error(usage);
  const source = values.source === undefined ? undefined : findSource(values.source);
  if (values.source !== undefined && !source) throw new Error(`--source must be one of: ${sourceNames.join(', ')}`);
  const files = positionals.flatMap((path) =>
    statSync(path).isDirectory() ? folderFiles(path) : [{ name: basename(path), content: readFileSync(path) }],
  );
  const mode = values.replace ? 'replace' : 'upsert';
  const importOptions = { confirmDeleteMissing: values['delete-missing'] };
  const { db, connection } = await connectForScript(loadConfig());
  try {
    if (source !== undefined) {
      const given: Record<string, unknown> = values;
      const options = Object.fromEntries(
        optionKeys.flatMap((key) => (given[cliFlag(key)] === undefined ? [] : [[key, given[cliFlag(key)]]])),
      );
      const report = await importFromSource(db, source, files, options, mode, shellActor(), importOptions);
      printReport(report, connection.uri);
      printSourceReport(report);
      return;
    }
    const { rows, problems } = await readUpload(files);
    if (problems.length > 0) throw Invalid.rows(problems);
    printReport(await importRows(db, rows, mode, shellActor(), importOptions), connection.uri);
  } finally {
    await db.close();
  }
};

main().catch((error: unknown) => {
  console.error(explainRejection(error));
  process.exit(1);
});
