import { z } from 'zod';
import { appliedFilters, filtersQuery } from './refs-and-filters.js';

// GET /api/analytics/money-flow: where a fiscal year's money goes, as the bands of a Sankey picture:
// source of funds -> department -> agency -> objective -> partnership (awards). Definitions:
// docs/analytics.md#money-flow.

export const moneyFlowQuery = filtersQuery.omit({ fiscal_year: true }).extend({
  fiscal_year: z.coerce
    .number()
    .int()
    .min(1990)
    .max(2100)
    .optional()
    .describe('the fiscal year drawn (default: the latest fiscal year of any funding stream)'),
});
export type MoneyFlowQuery = z.infer<typeof moneyFlowQuery>;

export const moneyFlowColumns = ['source', 'department', 'agency', 'objective', 'partnership'] as const;
export type MoneyFlowColumn = (typeof moneyFlowColumns)[number];

export const moneyFlowNode = z.object({
  /** `<column>:<id>`, e.g. `agency:dol-eta`, unique across columns. */
  id: z.string(),
  column: z.enum(moneyFlowColumns),
  /** The id of the agency, objective or partnership (the source's name for a source of funds). */
  ref_id: z.string(),
  name: z.string(),
  /** The money through the node: what flows in (what flows out for a source of funds). */
  amount: z.number(),
  /** The streams whose money passes through the node (with those their money passes through to). */
  stream_ids: z.array(z.string()),
});
export type MoneyFlowNode = z.infer<typeof moneyFlowNode>;

export const moneyFlowLink = z.object({
  /** Node ids. */
  source: z.string(),
  target: z.string(),
  amount: z.number(),
  stream_ids: z.array(z.string()),
});
export type MoneyFlowLink = z.infer<typeof moneyFlowLink>;

export const moneyFlowResponse = z.object({
  filters: appliedFilters,
  summary: z.object({
    /** Every stream of the year (and filters), money passed from one stream to another counted once. */
    amount: z.number(),
    streams: z.number(),
    /** Streams whose money comes from another stream of the year: drawn inside that stream's bands, not again. */
    passed_through: z.number(),
    /** Awards to partnerships in the year (the last column). */
    awarded: z.number(),
  }),
  /** Left to right by column, most money first within a column. */
  nodes: z.array(moneyFlowNode),
  /** Most money first within each pair of columns, left to right. */
  links: z.array(moneyFlowLink),
});
export type MoneyFlowResponse = z.infer<typeof moneyFlowResponse>;
