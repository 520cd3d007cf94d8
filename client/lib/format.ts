// How figures read on screen: dollars the way budget staff write them.

const compactDollars = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  notation: 'compact',
  maximumFractionDigits: 1,
});
const wholeDollars = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });

/** $12.5M, $400K: for labels, legends and axes. */
export const formatDollarsShort = (amount: number): string => compactDollars.format(amount);

/** $12,500,000: for tables and details. */
export const formatDollars = (amount: number): string => wholeDollars.format(amount);

const longDate = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });

/** 2025-03-01 -> Mar 1, 2025 */
export const formatDate = (isoDate: string): string => {
  const date = new Date(`${isoDate}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? isoDate : longDate.format(date);
};

/** A column name as words: "match_percent" -> "Match percent". */
export const columnLabel = (column: string): string => {
  const words = column.replace(/_ids?$/, (suffix) => (suffix === '_ids' ? 's' : '')).replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/** 0.456 -> 46% */
export const formatShare = (share: number): string => `${Math.round(share * 100)}%`;

/** Eligible money over need: a share below 1, else how many times over (0.25 -> 25%, 19.4 -> 19×). */
export const formatCoverage = (coverage: number | null): string => {
  if (coverage === null) return 'unknown';
  if (coverage < 1) return formatShare(coverage);
  return coverage >= 10 ? `${Math.round(coverage)}× the need` : `${coverage.toFixed(1)}× the need`;
};
