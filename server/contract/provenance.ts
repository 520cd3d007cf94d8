import { z } from 'zod';

// Provenance of the figures every view shows (GET /api/provenance): each table's as-of range and how many
// rows cite a source. Plain zod only: the client imports these types.

export const tableProvenance = z.object({
  table: z.string(),
  rows: z.number(),
  as_of_earliest: z.string().nullable(),
  as_of_latest: z.string().nullable(),
  rows_with_source_url: z.number(),
});

export const provenanceResponse = z.object({
  /** The range over every table: the figures are as of these days. */
  as_of_earliest: z.string().nullable(),
  as_of_latest: z.string().nullable(),
  tables: z.array(tableProvenance),
});
export type ProvenanceResponse = z.infer<typeof provenanceResponse>;
