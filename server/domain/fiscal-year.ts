// The state fiscal year, defined once for the server, the seed, the client and the tests.

/** State fiscal year N runs from July 1 of N-1 to June 30 of N. */
export const fiscalYearWindow = (year: number): { start: string; end: string } => ({
  start: `${year - 1}-07-01`,
  end: `${year}-06-30`,
});

/** The state fiscal year a date (YYYY-MM-DD) falls in. */
export const fiscalYearOf = (date: string): number => {
  const year = Number(date.slice(0, 4));
  return Number(date.slice(5, 7)) >= 7 ? year + 1 : year;
};

/** A release belongs to the fiscal year of the stream it draws on; one without a stream, to the year it opens in. */
export const releaseFiscalYear = (streamYear: number | null | undefined, opens: string): number =>
  streamYear ?? fiscalYearOf(opens);

/**
 * Whether a request counts in a fiscal year: a request for no particular year counts in every year, and so does
 * every request when no year is chosen. The finder and the map's "why does this match" both ask this.
 */
export const requestCountsIn = (
  requestYear: number | null | undefined,
  fiscalYear: number | null | undefined,
): boolean =>
  requestYear === null ||
  requestYear === undefined ||
  fiscalYear === null ||
  fiscalYear === undefined ||
  requestYear === fiscalYear;
