import { describe, expect, it } from 'vitest';
import { matchStreams, nameSeries, type YearStream } from '../../server/analytics/changes/match-streams.js';

const stream = (id: string, name: string, listing: string | null = null, amount = 100): YearStream => ({
  id,
  name,
  assistance_listing: listing,
  agency_id: 'a',
  amount,
  passes_through_id: null,
});
const pairs = (result: ReturnType<typeof matchStreams>) =>
  result.matched.map((match) => [match.from.id, match.to.id, match.rule]);

describe('year-over-year stream matching', () => {
  it('takes year marks out of a name', () => {
    expect(nameSeries('WIOA Youth FY2025')).toBe('wioa youth');
    expect(nameSeries('WIOA Youth: FY 2025-26 allotment')).toBe('wioa youth allotment');
    expect(nameSeries('Adult Education (PY2024)')).toBe('adult education');
    expect(nameSeries('Perkins V 2025/26')).toBe('perkins v');
    expect(nameSeries('Title 1 grants')).toBe('title 1 grants');
  });

  it('matches by listing and name series first, then listing alone when unique, then name alone', () => {
    const result = matchStreams(
      [
        stream('y25', 'WIOA Youth FY2025', '17.259'),
        stream('r25', 'Old name', '84.048'),
        stream('s25', 'Steady FY2025'),
        stream('e25', 'Ended FY2025'),
      ],
      [
        stream('y26', 'WIOA Youth FY2026', '17.259'),
        stream('r26', 'New name', '84.048'),
        stream('s26', 'Steady FY2026', '93.558'),
        stream('n26', 'Brand new'),
      ],
    );
    expect(pairs(result)).toEqual([
      ['y25', 'y26', 'listing_and_name'],
      ['r25', 'r26', 'listing'],
      ['s25', 's26', 'name'],
    ]);
    expect(result.ended.map((row) => row.id)).toEqual(['e25']);
    expect(result.added.map((row) => row.id)).toEqual(['n26']);
  });

  it('never matches two different listings, and a shared listing with several streams needs the name', () => {
    const result = matchStreams(
      [
        stream('a25', 'Same name', '10.001'),
        stream('b25', 'Allotment', '17.258'),
        stream('c25', 'Local', '17.258'),
        stream('d25', 'Rural', '17.258'),
      ],
      [
        stream('a26', 'Same name', '10.002'),
        stream('b26', 'Allotment', '17.258'),
        stream('c26', 'Local areas', '17.258'),
      ],
    );
    expect(pairs(result)).toEqual([['b25', 'b26', 'listing_and_name']]);
    // Two streams of 17.258 left in 2025 and one in 2026: which one was renamed is not known.
    expect(result.ended.map((row) => row.id)).toEqual(['a25', 'c25', 'd25']);
    expect(result.added.map((row) => row.id)).toEqual(['a26', 'c26']);
  });
});
