import { describe, expect, it } from 'vitest';
import { decodeText } from '../../server/sources/decode-text.js';
import { readAmount } from '../../server/sources/source-amounts.js';
import { readDate } from '../../server/sources/source-dates.js';

// Every value below is copied from the real files in shared/reference/real-data.

describe('dates as the sources write them', () => {
  it.each([
    ['2024-08-01T12:00:00-00:00', '2024-08-01'], // PA portal
    ['2025-06-11 07:00:00', '2025-06-11'], // CA portal, midnight Pacific written in UTC
    ['2025-05-30 00:00:00', '2025-05-30'], // CA portal
    ['11/13/2023', '2023-11-13'], // Grants.gov
    ['June 11, 2025', '2025-06-11'], // CA portal
    ['July 31,2025', '2025-07-31'], // CA portal
    ['12/31/25', '2025-12-31'], // CA portal
  ])('reads %s as %s', (text, date) => {
    expect(readDate(text)).toEqual({ kind: 'date', date, text });
  });

  it.each(['', 'Ongoing', 'None', 'no data', 'TBD', 'n/a', 'Continuous'])('reads "%s" as no date', (text) => {
    expect(readDate(text)).toEqual({ kind: 'none', text });
  });

  it.each(['2099-01-01', '01/01/2099', '2999-07-01T12:00:00-00:00'])('reads the placeholder %s as no date', (text) => {
    expect(readDate(text)).toEqual({ kind: 'none', text: `${text} (a placeholder, not a date)` });
  });

  it.each(['Summer 2025', 'October 2025', "Fall '24-Winter '25", '02/30/2025'])(
    'does not guess a day for %s',
    (text) => {
      expect(readDate(text)).toEqual({ kind: 'text', text });
    },
  );
});

describe('amounts as the sources write them', () => {
  it.each([
    ['303000', 303_000],
    ['$25,000,000', 25_000_000],
    ['$10 million total', 10_000_000],
    ['$1.5 million', 1_500_000],
    ['99999999.99', 99_999_999.99],
    [' 6161948', 6_161_948],
  ])('reads %s as %d', (text, amount) => {
    expect(readAmount(text)).toBe(amount);
  });

  it.each([
    '',
    'Pending',
    'pending',
    'Pending ',
    '0',
    'Varies',
    'Part of Micro',
    '$1,040,470 (Cat 2)\n$1,145,470 (Cat 3)',
    'The Commonwealth shall issue no more than $5,000,000 in tax credits per fiscal year.',
  ])('leaves %j unknown, never zero', (text) => {
    expect(readAmount(text)).toBeUndefined();
  });
});

describe('text encoding', () => {
  it('reads a Windows-1252 line inside a UTF-8 file without losing the UTF-8 lines', () => {
    const bytes = Buffer.concat([
      Buffer.from('a,Café\n', 'utf8'),
      Buffer.from([0x50, 0x72, 0x6f, 0x76, 0x69, 0x64, 0x65, 0x72, 0x92, 0x73, 0x20, 0x96, 0x0a]),
    ]);
    expect(decodeText(bytes)).toBe('a,Café\nProvider’s –\n');
  });
});
