import type { MapEdge, MapNode } from '@contract/map.js';
import { neutraliseFormula } from '@domain/spreadsheet-formulas.js';
import type { GraphIndex } from './graph-index.js';

// The selection (or everything drawn) as files people open in a spreadsheet or pass to another tool.

// Text that starts like a formula gets a ' in front (OWASP), so the spreadsheet shows it instead of running it.
const csvCell = (value: unknown): string => {
  if (value === undefined || value === null) return '';
  const text =
    typeof value === 'number'
      ? String(value)
      : neutraliseFormula(Array.isArray(value) ? value.join(';') : String(value));
  return /[",\r\n;]/.test(text) && !Array.isArray(value) ? `"${text.replace(/"/g, '""')}"` : text;
};

const leadingColumns = ['type', 'key', 'label', 'department_id'];
// Where the figures come from closes every row, as in the import format.
const provenanceColumns = ['source_url', 'as_of'];

export const nodesToCsv = (nodes: readonly MapNode[]): string => {
  const present = new Set(nodes.flatMap((node) => Object.keys(node)));
  const rest = [...present]
    .filter((column) => column !== 'id' && !leadingColumns.includes(column) && !provenanceColumns.includes(column))
    .sort();
  const columns = [...leadingColumns, ...rest, ...provenanceColumns.filter((column) => present.has(column))];
  const lines = nodes.map((node) => columns.map((column) => csvCell(node[column as keyof MapNode])).join(','));
  return [columns.join(','), ...lines].join('\n') + '\n';
};

export const nodesToJson = (index: GraphIndex, ids: ReadonlySet<string>): string => {
  const nodes = [...ids].map((id) => index.nodes.get(id)).filter((node): node is MapNode => node !== undefined);
  const edges: MapEdge[] = [...index.edges.values()].filter((edge) => ids.has(edge.source) && ids.has(edge.target));
  return JSON.stringify({ nodes, edges }, null, 2);
};
