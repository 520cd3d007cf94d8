import type { Tx } from '../db/database.js';
import { entities, type EntityName } from '../domain/catalog.js';
import type { FigureTableProvenance } from '../contract/provenance.js';

interface Row {
  label: string;
  rows: number;
  latest: string | null;
  sourced: number;
  sites: string[];
}

// Requests and awards are relationships of the graph, not labels: their type names the table instead.
const relationshipTypes: Partial<Record<EntityName, string>> = { requests: 'REQUESTS', awards: 'AWARDED' };

/** Each table of the map with its rows, the sites they cite and their latest as-of (a table with no rows: zeros). */
export const readTableProvenance = async (tx: Tx): Promise<Map<EntityName, FigureTableProvenance>> => {
  const byLabel = new Map((await tx.run<Row>('provenance/by-table')).map((row) => [row.label, row]));
  return new Map(
    entities.map((entity) => {
      const row = byLabel.get(entity.label ?? relationshipTypes[entity.name] ?? '');
      return [
        entity.name,
        {
          table: entity.name,
          rows: row?.rows ?? 0,
          rows_with_source_url: row?.sourced ?? 0,
          sites: row?.sites ?? [],
          as_of_latest: row?.latest ?? null,
        },
      ];
    }),
  );
};
