import type { Tx } from '../db/database.js';
import { entities } from '../domain/catalog.js';
import type { ProvenanceResponse } from '../contract/provenance.js';

interface Row {
  label: string;
  rows: number;
  earliest: string | null;
  latest: string | null;
  sourced: number;
}

export const readProvenance = async (tx: Tx): Promise<ProvenanceResponse> => {
  const byLabel = new Map((await tx.run<Row>('provenance/summary')).map((row) => [row.label, row]));
  const tables = entities.flatMap((entity) => {
    const row = entity.label === null ? undefined : byLabel.get(entity.label);
    return row
      ? [
          {
            table: entity.name,
            rows: row.rows,
            as_of_earliest: row.earliest,
            as_of_latest: row.latest,
            rows_with_source_url: row.sourced,
          },
        ]
      : [];
  });
  const dates = tables
    .flatMap((table) => [table.as_of_earliest, table.as_of_latest])
    .filter((d) => d !== null)
    .sort();
  return { as_of_earliest: dates[0] ?? null, as_of_latest: dates.at(-1) ?? null, tables };
};
