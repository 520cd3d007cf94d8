import type { EntityDefinition } from '@domain/catalog.js';

// Which columns a table of rows shows at a glance. Money is what budget staff look for first, so every money
// column is shown; the rest are the first few columns (key and name first), less long codes.

export const moneyColumns: ReadonlySet<string> = new Set(['amount', 'obligated', 'expended', 'estimated_cost']);
const notAtAGlance: ReadonlySet<string> = new Set(['assistance_listing']);

export const summaryColumns = (entity: EntityDefinition): string[] => {
  const glance = entity.columns.filter((column) => !notAtAGlance.has(column)).slice(0, 6);
  const money = entity.columns.filter((column) => moneyColumns.has(column) && !glance.includes(column));
  return [...glance, ...money];
};
