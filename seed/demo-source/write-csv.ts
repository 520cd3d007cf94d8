import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { entities, type EntityDefinition } from '../../server/domain/catalog.js';
import type { Bundle, Cell, Row } from '../synthetic/bundle.js';

// A bundle -> one CSV per entity, columns in catalog order, lists joined with `;`.

const csvCell = (cell: Cell): string => {
  if (cell === undefined) return '';
  if (Array.isArray(cell)) return cell.join(';');
  return String(cell);
};

export const csvText = (entity: EntityDefinition, rows: readonly Row[]): string => {
  const data = rows.map((row) => entity.columns.map((column) => csvCell(row[column])));
  return `${Papa.unparse({ fields: [...entity.columns], data }, { newline: '\n' })}\n`;
};

export const writeCsvFolder = (bundle: Bundle, folder: string): void => {
  mkdirSync(folder, { recursive: true });
  for (const entity of entities)
    writeFileSync(join(folder, `${entity.name}.csv`), csvText(entity, bundle[entity.name]));
};
