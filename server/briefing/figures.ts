// How the briefing writes a figure: once, here, so the PDF, the page and the tests read the same text.

const wholeDollars = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
const wholeNumber = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** $16,950,000 */
export const dollars = (amount: number): string => wholeDollars.format(amount);

/** 0.456 -> 46% */
export const share = (value: number): string => `${Math.round(value * 100)}%`;

/** 1,204 */
export const count = (value: number): string => wholeNumber.format(value);

/** A change between two years, signed: "+$1,200,000", "-3", "no change". */
export const change = (previous: number, current: number, format: (value: number) => string): string => {
  const delta = current - previous;
  if (delta === 0) return 'no change';
  return `${delta > 0 ? '+' : '-'}${format(Math.abs(delta))}`;
};
