import type { EntityDefinition } from '@domain/catalog.js';
import type { Row } from '../../../api/rows/get-row.js';
import { columnLabel, formatDate, formatDollars } from '../../../lib/format.js';
import type { GraphIndex } from '../graph-index.js';
import type { MapNodeType } from '@contract/map.js';
import { isWebAddress } from '@domain/fields.js';

const moneyColumns = new Set(['amount', 'obligated', 'expended', 'estimated_cost']);
const dateColumns = new Set(['opens', 'closes', 'expires', 'as_of']);

const typeOfTable: Partial<Record<string, MapNodeType>> = {
  agencies: 'agency',
  funding_streams: 'stream',
  releases: 'release',
  objectives: 'objective',
  solutions: 'solution',
  partnerships: 'partnership',
  sectors: 'sector',
  regions: 'region',
};

const nameOf = (index: GraphIndex, table: string, id: string): string => {
  const type = typeOfTable[table];
  return (type && index.nodes.get(`${type}:${id}`)?.label) || id;
};

const show = (entity: EntityDefinition, column: string, value: unknown, index: GraphIndex) => {
  const reference = entity.references.find((candidate) => candidate.field === column);
  if (reference) {
    const ids = Array.isArray(value) ? value.map(String) : [String(value)];
    return ids.map((id) => nameOf(index, reference.target, id)).join('; ');
  }
  if (Array.isArray(value)) return value.join('; ');
  if (typeof value === 'number' && moneyColumns.has(column)) return formatDollars(value);
  if (column === 'match_percent' && typeof value === 'number') return `${value}%`;
  if (typeof value === 'string' && dateColumns.has(column)) return formatDate(value);
  // Only http and https are links: a data: or javascript: address is shown as plain text.
  if (column === 'source_url' && typeof value === 'string' && isWebAddress(value))
    return (
      <a href={value} target="_blank" rel="noreferrer">
        {value}
      </a>
    );
  return String(value);
};

/** Every property of a row, in the table's column order, with references shown by name. */
export const PropertyList = ({ entity, row, index }: { entity: EntityDefinition; row: Row; index: GraphIndex }) => (
  <dl className="property-list">
    {entity.columns
      .filter(
        (column) =>
          row[column] !== undefined &&
          row[column] !== null &&
          !(Array.isArray(row[column]) && (row[column] as unknown[]).length === 0),
      )
      .map((column) => (
        <div key={column}>
          <dt>{columnLabel(column)}</dt>
          <dd>{show(entity, column, row[column], index)}</dd>
        </div>
      ))}
  </dl>
);
