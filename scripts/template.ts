import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { toXlsx } from '../server/export/write-bundle.js';

// npm run template: writes the empty template workbook that ships in docs/ (the API serves the same at /api/template.xlsx).
const out = resolve(import.meta.dirname, '..', 'docs', 'braid-template.xlsx');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, await toXlsx({}));
console.log(`Wrote ${out}`);
