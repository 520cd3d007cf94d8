import { textTerms } from './text-similarity.js';

// Two tracks of one program: titles that are mostly the same words but each with words of its own
// ("Supporting PA's IT Sector through Apprenticeships" / "... Healthcare Sector ..."; "Keystone Historic
// Preservation Grant: Planning" / "...: Construction"; "DRAP Berks County Flood" / "DRAP Northampton County
// Flood"). Each track serves its own sector, activity or place: similar, not competing. Words that only say how
// the money is given (grant or loan, tax-exempt or taxable bond, direct or matching) do not make a track: the
// same project can ask for either. Acronyms in brackets and years are left out; other numbers ("DR 4506") count.

const instrumentWords = new Set(
  [
    'loan',
    'loans',
    'grant',
    'grants',
    'bond',
    'bonds',
    'taxable',
    'exempt',
    'tax',
    'credit',
    'credits',
    'direct',
    'matching',
    'match',
    'financing',
    'finance',
    'reimbursement',
    'rebate',
    'rebates',
    'incentive',
    'incentives',
    'project',
    'projects',
    'statewide',
    'new',
    'request',
    'requests',
    'co',
    'program',
  ].map((word) => textTerms(word)[0] ?? word),
);

const year = /^(19|20)\d\d$/;

/** The words of a title that say what it funds: bracketed acronyms, years and money words left out. */
export const titleWords = (title: string): Set<string> => {
  // "Non-motorized" is not "motorized": the negation stays part of the word.
  const plain = title.replace(/\([^)]*\)/g, ' ').replace(/\bnon[- ](?=[a-z])/gi, 'non');
  const words = new Set(textTerms(plain).filter((term) => !instrumentWords.has(term)));
  // Short acronyms ("IT", "EV") name a sector or a technology; the text index skips two-letter words. Kept
  // upper-case, so "IT" is never taken for the stem of "its".
  for (const acronym of plain.match(/\b[A-Z]{2}\b/g) ?? [])
    if (acronym !== 'PA' && acronym !== 'CA') words.add(acronym);
  for (const number of plain.match(/\b\d[\d-]*\b/g) ?? []) if (!year.test(number)) words.add(number);
  return words;
};

export interface TitleComparison {
  /** Shared words over the shorter title's words (0 when either has none). */
  shared: number;
  /** Words of each title that the other lacks (listed for tracks only). */
  onlyA: string[];
  onlyB: string[];
  /** Mostly the same title, each with words of its own: two tracks of one program. */
  tracks: boolean;
}

export const trackShare = 0.7;

/** Counts first (the pair loop runs it for every pair); the words of each track only when they are tracks. */
export const compareTitles = (a: ReadonlySet<string>, b: ReadonlySet<string>): TitleComparison => {
  let common = 0;
  for (const word of a) if (b.has(word)) common += 1;
  const smaller = Math.min(a.size, b.size);
  const shared = smaller === 0 ? 0 : common / smaller;
  const tracks = shared >= trackShare && common < a.size && common < b.size;
  return {
    shared: Math.round(shared * 10_000) / 10_000,
    onlyA: tracks ? [...a].filter((word) => !b.has(word)) : [],
    onlyB: tracks ? [...b].filter((word) => !a.has(word)) : [],
    tracks,
  };
};
