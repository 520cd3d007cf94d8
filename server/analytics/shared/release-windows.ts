// Application windows are inclusive 'YYYY-MM-DD' dates; ISO dates compare correctly as text.

const dayMs = 86_400_000;

/** A date as a whole number of days since 1970-01-01. */
export const dayNumber = (date: string): number => Math.round(Date.parse(`${date}T00:00:00Z`) / dayMs);

export interface Window {
  opens: string;
  closes: string;
}
