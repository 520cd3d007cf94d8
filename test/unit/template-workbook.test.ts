import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { entities } from '../../server/domain/catalog.js';

describe('the shipped template workbook (docs/braid-template.xlsx)', () => {
  it('has one sheet per table with exactly the format columns (run `npm run template` after changing the format)', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      readFileSync(resolve(import.meta.dirname, '..', '..', 'docs', 'braid-template.xlsx')) as unknown as ArrayBuffer,
    );
    const sheets = workbook.worksheets.map((sheet) => ({
      name: sheet.name,
      headers: (sheet.getRow(1).values as unknown[]).filter((value) => value !== undefined && value !== null),
      rows: sheet.actualRowCount,
    }));
    expect(sheets).toEqual(entities.map((entity) => ({ name: entity.name, headers: [...entity.columns], rows: 1 })));
  });
});
