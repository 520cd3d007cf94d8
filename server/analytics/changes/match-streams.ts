import type { YearStream } from '../../repositories/analytics-input-rows.js';
// Matching a year's streams with the next year's (docs/analytics.md#year-over-year). A program gets a new stream
// id every year, so streams are matched by what stays: the Assistance Listing (CFDA) number and the name series,
// the name with its year marks taken out ("WIOA Youth FY2025" and "WIOA Youth FY2026" are one series).
// 1. Same listing (or both none) and same name series: matched.
// 2. Left over with a listing: matched when exactly one stream on each side has it (the program was renamed).
// 3. Left over without a listing on one side: same name series alone.
// Several candidates on a step pair off in id order. What is left is new (later year) or ended (earlier year).

export type { YearStream };

export type MatchRule = 'listing_and_name' | 'listing' | 'name';

export interface StreamMatch {
  from: YearStream;
  to: YearStream;
  rule: MatchRule;
}

export interface StreamMatching {
  matched: StreamMatch[];
  ended: YearStream[];
  added: YearStream[];
}

const yearMarks = /\b(?:fy|py|sfy|ffy)\s*'?\d{2,4}(?:\s*[-/]\s*\d{2,4})?\b|\b(?:19|20)\d{2}(?:\s*[-/]\s*\d{2,4})?\b/gi;

/** "WIOA Youth: FY2025-26 allotment" -> "wioa youth allotment". */
export const nameSeries = (name: string): string =>
  name
    .toLowerCase()
    .replace(yearMarks, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

const listingOf = (stream: YearStream): string => stream.assistance_listing?.trim() ?? '';

const groupBy = (streams: YearStream[], key: (stream: YearStream) => string): Map<string, YearStream[]> => {
  const groups = new Map<string, YearStream[]>();
  for (const stream of [...streams].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    const list = groups.get(key(stream));
    if (list) list.push(stream);
    else groups.set(key(stream), [stream]);
  }
  return groups;
};

export const matchStreams = (fromYear: readonly YearStream[], toYear: readonly YearStream[]): StreamMatching => {
  const matched: StreamMatch[] = [];
  let from = [...fromYear];
  let to = [...toYear];
  const step = (
    rule: MatchRule,
    key: (stream: YearStream) => string | null,
    options: { onlyOne?: boolean; compatible?: (a: YearStream, b: YearStream) => boolean } = {},
  ) => {
    const usable = (stream: YearStream) => key(stream) !== null;
    const later = groupBy(to.filter(usable), (stream) => key(stream) as string);
    const used = new Set<YearStream>();
    for (const [value, earlier] of groupBy(from.filter(usable), (stream) => key(stream) as string)) {
      const candidates = later.get(value) ?? [];
      if (options.onlyOne && (earlier.length !== 1 || candidates.length !== 1)) continue;
      for (const stream of earlier) {
        const next = candidates.find(
          (candidate) => !used.has(candidate) && (options.compatible?.(stream, candidate) ?? true),
        );
        if (!next) continue;
        matched.push({ from: stream, to: next, rule });
        used.add(stream).add(next);
      }
    }
    from = from.filter((stream) => !used.has(stream));
    to = to.filter((stream) => !used.has(stream));
  };
  step('listing_and_name', (stream) => `${listingOf(stream)}\u0000${nameSeries(stream.name)}`);
  step('listing', (stream) => listingOf(stream) || null, { onlyOne: true });
  // Two different listings are two programs, whatever their names.
  step('name', (stream) => nameSeries(stream.name), {
    compatible: (a, b) => listingOf(a) === '' || listingOf(b) === '',
  });
  return { matched, ended: from, added: to };
};
