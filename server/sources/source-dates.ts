import { cleanText } from './clean-text.js';

/**
 * What a date cell says: a calendar day, nothing (blank, "Ongoing", a placeholder such as 2099-01-01), or text that
 * is not a day ("Summer 2025"). Nothing is guessed: a season or a month without a day stays text.
 */
export type DateReading =
  { kind: 'date'; date: string; text: string } | { kind: 'none'; text: string } | { kind: 'text'; text: string };

// Words the portals write where a deadline would go when there is none.
const noDateWords =
  /^(none|n\/?a|no data|tbd|tba|to be (announced|determined)|ongoing|continuous|rolling|open|always open|open until filled|until funds are exhausted)$/i;

// Grants.gov writes 2099-01-01 and the PA portal 2099-12-31 or 2999-07-01 for "no close date"; no real deadline is
// that far out.
const placeholderFromYear = 2099;

const months = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

const monthNumber = (name: string): number | undefined => {
  const lower = name.toLowerCase().replace(/\.$/, '');
  if (lower.length < 3) return undefined;
  const index = months.findIndex((month) => month.startsWith(lower));
  return index === -1 ? undefined : index + 1;
};

const isoDay = (year: number, month: number, day: number): string | undefined => {
  const value = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value ? value : undefined;
};

// The calendar day is taken as the source wrote it, never shifted by the time or offset that follows: the PA portal
// writes noon UTC, and the California portal mixes midnight-Pacific-in-UTC open dates with local-time deadlines,
// so converting time zones would move some days and not others.
const patterns: Array<[RegExp, (m: RegExpMatchArray) => [number, number, number] | undefined]> = [
  [/^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/, (m) => [+m[1]!, +m[2]!, +m[3]!]],
  [/^(\d{1,2})\/(\d{1,2})\/(\d{4})$/, (m) => [+m[3]!, +m[1]!, +m[2]!]],
  [/^(\d{1,2})\/(\d{1,2})\/(\d{2})$/, (m) => [2000 + +m[3]!, +m[1]!, +m[2]!]],
  [
    /^([A-Za-z]+\.?)\s+(\d{1,2}),?\s*(\d{4})$/,
    (m) => {
      const month = monthNumber(m[1]!);
      return month === undefined ? undefined : [+m[3]!, month, +m[2]!];
    },
  ],
];

export const readDate = (value: unknown): DateReading => {
  const text = cleanText(value);
  if (text === '' || noDateWords.test(text)) return { kind: 'none', text };
  for (const [pattern, toParts] of patterns) {
    const match = text.match(pattern);
    const parts = match && toParts(match);
    if (!parts) continue;
    const date = isoDay(...parts);
    if (!date) return { kind: 'text', text };
    if (parts[0] >= placeholderFromYear) return { kind: 'none', text: `${text} (a placeholder, not a date)` };
    return { kind: 'date', date, text };
  }
  return { kind: 'text', text };
};

/** Whole days from `a` to `b` (both YYYY-MM-DD). */
export const daysBetween = (a: string, b: string): number =>
  Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
