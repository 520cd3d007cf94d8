import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../server/config.js';
import { toCsvFiles, toJsonBundle, toXlsx } from '../server/export/write-bundle.js';
import { readMap } from '../server/repositories/rows-repository.js';
import { connectForScript } from './connect.js';

// npm run export -- [--format json|xlsx|csv] [--out path]   (csv writes a folder, one file per table)
const main = async (): Promise<void> => {
  const { values } = parseArgs({
    options: { format: { type: 'string', default: 'json' }, out: { type: 'string' } },
  });
  const format = values.format ?? 'json';
  if (!['json', 'xlsx', 'csv'].includes(format)) throw new Error('--format must be json, xlsx or csv');
  const out = values.out ?? (format === 'csv' ? 'braid-export' : `braid-export.${format}`);
  const { db } = await connectForScript(loadConfig());
  try {
    const tables = await db.readTransaction((tx) => readMap(tx));
    if (format === 'json') writeFileSync(out, `${JSON.stringify(toJsonBundle(tables), null, 2)}\n`);
    if (format === 'xlsx') writeFileSync(out, await toXlsx(tables));
    if (format === 'csv') {
      mkdirSync(out, { recursive: true });
      for (const file of toCsvFiles(tables)) writeFileSync(join(out, file.name), file.content);
    }
    console.log(`Exported the map to ${out}`);
  } finally {
    await db.close();
  }
};

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
