import type { Tx } from '../db/database.js';
import { analyticsReads } from './analytics-inputs.js';

/** The date of the data behind a briefing: the latest `as_of` of the year's streams, and of all releases and requests. */
export interface DataAsOf {
  streams: string | null;
  releases: string | null;
  requests: string | null;
}

/** What the briefing reads: every analytic's reads, and the briefing's own two queries (cypher/briefing/). */
export const briefingReads = (tx: Tx) => ({
  ...analyticsReads(tx),
  previousFiscalYear: async (fiscalYear: number): Promise<number | null> =>
    (await tx.run<{ year: number }>('briefing/previous-year', { fiscal_year: fiscalYear }))[0]?.year ?? null,
  dataAsOf: async (fiscalYear: number): Promise<DataAsOf | undefined> =>
    (await tx.run<DataAsOf>('briefing/data-as-of', { fiscal_year: fiscalYear }))[0],
});

export type BriefingReads = ReturnType<typeof briefingReads>;
