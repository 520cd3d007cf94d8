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

/** One table a figure rests on: how many rows, how many cite a source, the sites they cite, their latest as-of. */
export const figureTableProvenance = z.object({
  table: z.string().describe('the table of the map (as in the import format): funding_streams, releases, ...'),
  rows: z.number(),
  rows_with_source_url: z.number(),
  sites: z.array(z.string()).describe("the web sites the rows' source_url cite most, at most three"),
  as_of_latest: z.string().nullable(),
});

/** Where one table or chart of an analytic comes from. */
export const figureProvenance = z.object({
  figure: z.string().describe('which table or chart of the view (server/contract/figures.ts)'),
  title: z.string(),
  /** The latest as-of of the rows it rests on (null: none says). */
  as_of: z.string().nullable(),
  tables: z.array(figureTableProvenance),
});
export type FigureTableProvenance = z.infer<typeof figureTableProvenance>;
export type FigureProvenance = z.infer<typeof figureProvenance>;

export const analyticProvenance = z
  .array(figureProvenance)
  .describe('each table and chart of the answer: the tables it rests on, their sources and latest as-of');

/** An analytic's response: its answer and, beside it, the provenance of each of its figures. */
export const withFigureProvenance = <Shape extends z.ZodRawShape>(answer: z.ZodObject<Shape, z.core.$strip>) =>
  answer.extend({ provenance: analyticProvenance });
export type WithFigureProvenance<T> = T & { provenance: FigureProvenance[] };
