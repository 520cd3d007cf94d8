import type { ImportReport } from '../server/import/import-upload.js';

/** One line per table of an import report; tables the import did not touch are left out unless `all`. */
export const printTableCounts = (report: ImportReport, { all = false } = {}): void => {
  for (const [table, counts] of Object.entries(report.tables))
    if (all || Object.values(counts).some((count) => count > 0))
      console.log(
        `  ${table.padEnd(16)} ${counts.created} created, ${counts.updated} updated, ${counts.unchanged} unchanged, ${counts.deleted} deleted`,
      );
};
