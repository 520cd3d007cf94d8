// Application windows are inclusive 'YYYY-MM-DD' dates; ISO dates compare correctly as text.

const dayMs = 86_400_000;

/** A date as a whole number of days since 1970-01-01. */
export const dayNumber = (date: string): number => Math.round(Date.parse(`${date}T00:00:00Z`) / dayMs);

/** Days from `from` to `to`, both included (1 when they are the same day). */
export const daysInclusive = (from: string, to: string): number => dayNumber(to) - dayNumber(from) + 1;

export interface Window {
  opens: string;
  closes: string;
}

/** The days both windows are open, or null when they do not share a day. */
export const windowOverlap = (a: Window, b: Window): { from: string; to: string; days: number } | null => {
  const from = a.opens > b.opens ? a.opens : b.opens;
  const to = a.closes < b.closes ? a.closes : b.closes;
  return from <= to ? { from, to, days: daysInclusive(from, to) } : null;
};

/** The state fiscal year holding a date: FY N runs from July 1 of N-1 to June 30 of N. */
export const stateFiscalYear = (date: string): number => Number(date.slice(0, 4)) + (date.slice(5, 7) >= '07' ? 1 : 0);
