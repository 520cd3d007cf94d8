import { listColumns } from '../domain/catalog.js';

/** A value as a CSV or XLSX cell: lists joined with `;`, unknown as an empty cell. */
export const toCell = (column: string, value: unknown): string | number => {
  if (value === null || value === undefined) return '';
  if (listColumns.has(column) && Array.isArray(value)) return value.join(';');
  return typeof value === 'number' ? value : String(value);
};
