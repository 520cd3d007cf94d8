import type { StreamSummary } from '../../contract/analytics/refs-and-filters.js';

// Plain-language facts about a stream's money, shown beside scores and plans.

const dollarFormat = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });

export const dollars = (amount: number): string => dollarFormat.format(amount);

export const flexibilityText = (flexibility: StreamSummary['flexibility']): string =>
  flexibility === 'flexible'
    ? 'Flexible money'
    : flexibility === 'moderate'
      ? 'Moderately flexible money'
      : flexibility === 'restricted'
        ? 'Restricted money'
        : 'Flexibility not recorded';

export const matchText = (matchPercent: number | null): string =>
  matchPercent === null || matchPercent === 0 ? 'No match required' : `${matchPercent}% match required`;

export const moneyReasons = (
  stream: Pick<StreamSummary, 'amount' | 'available' | 'flexibility' | 'match_percent'>,
): string[] => [
  `${dollars(stream.available)} not yet obligated, of ${dollars(stream.amount)}`,
  flexibilityText(stream.flexibility),
  matchText(stream.match_percent),
];
