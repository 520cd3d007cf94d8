import model from 'wink-eng-lite-web-model';
import bm25Vectorizer from 'wink-nlp/utilities/bm25-vectorizer.js';
import { eng } from 'stopword';

// How alike two releases' words are: BM25 weights (wink-nlp) over the releases compared, so a word most
// releases use ("grant", "program") weighs little and a rare shared word ("apprenticeship") a lot; cosine of
// the two weight vectors. Words are lower-cased, stop words dropped and stemmed (the wink English model's
// stemmer), so "apprenticeships" meets "apprenticeship". The title counts twice: it names what is funded.

/** Words every funding notice uses: they say nothing about what two releases fund. */
const noticeWords = new Set([
  'grant',
  'grants',
  'program',
  'programs',
  'funding',
  'funds',
  'fund',
  'application',
  'applications',
  'applicant',
  'applicants',
  'eligible',
  'eligibility',
  'award',
  'awards',
  'pennsylvania',
  'california',
  'state',
  'round',
  'cycle',
  'fy',
  'geography',
  'activities',
  'serves',
]);
const stopWords = new Set([...eng, ...noticeWords]);
const stem = model.addons.stem as (word: string) => string;
const stems = new Map<string, string>();

const stemOf = (word: string): string => {
  let found = stems.get(word);
  if (found === undefined) {
    found = stem(word);
    // Bounded: the words of real notices number in the tens of thousands; junk must not grow it for ever.
    if (stems.size < 200_000) stems.set(word, found);
  }
  return found;
};

/** The words of a text that can tell two releases apart, stemmed; `surface` remembers a readable form. */
export const textTerms = (text: string, surface?: Map<string, string>): string[] => {
  const terms: string[] = [];
  for (const word of text.toLowerCase().match(/[a-z][a-z0-9]+/g) ?? []) {
    if (stopWords.has(word) || /\d/.test(word)) continue;
    const term = stemOf(word);
    terms.push(term);
    if (surface && !surface.has(term)) surface.set(term, word);
  }
  return terms;
};

export interface TextSource {
  id: string;
  title: string;
  description: string | null;
}

type Bow = Record<string, number>;

/** A unit-length BM25 vector as term numbers in ascending order and their weights: a cosine is a merge. */
interface Vector {
  terms: Int32Array;
  weights: Float64Array;
}

/** BM25 vectors of a set of releases' texts; built once per request over the releases compared. */
export class TextIndex {
  private readonly termsOf = new Map<string, string[]>();
  private readonly bows = new Map<string, Bow>();
  private readonly vectors = new Map<string, Vector>();
  private readonly termNumbers = new Map<string, number>();
  private readonly surface = new Map<string, string>();
  private readonly vectorizer = bm25Vectorizer({ k: 1, k1: 1.2, b: 0.75, norm: 'l2' });
  /** How many releases use each term: the wording candidates' index skips common terms. */
  readonly documentFrequency = new Map<string, number>();
  readonly described = new Set<string>();

  constructor(sources: readonly TextSource[]) {
    for (const source of sources) {
      const terms = textTerms(`${source.title}\n${source.title}\n${source.description ?? ''}`, this.surface);
      if (source.description) this.described.add(source.id);
      for (const term of new Set(terms)) this.documentFrequency.set(term, (this.documentFrequency.get(term) ?? 0) + 1);
      // wink's vectorizer refuses an empty document; a title of stop words alone still counts as a document.
      this.vectorizer.learn(terms.length > 0 ? terms : ['(none)']);
      this.termsOf.set(source.id, terms);
    }
  }

  get size(): number {
    return this.termsOf.size;
  }

  has = (id: string): boolean => this.termsOf.has(id);

  /** A stemmed term as one of the words it came from. */
  readable = (term: string): string => this.surface.get(term) ?? term;

  /** The release's BM25 weights (wink-nlp), worked out the first time a pair asks for them. */
  private bow = (id: string): Bow => {
    let found = this.bows.get(id);
    if (found === undefined) {
      found = this.vectorizer.bowOf(this.termsOf.get(id) ?? []) as Bow;
      this.bows.set(id, found);
    }
    return found;
  };

  private vector = (id: string): Vector => {
    let found = this.vectors.get(id);
    if (found === undefined) {
      const entries = Object.entries(this.bow(id)).map(([term, weight]) => {
        let number = this.termNumbers.get(term);
        if (number === undefined) {
          number = this.termNumbers.size;
          this.termNumbers.set(term, number);
        }
        return [number, weight] as const;
      });
      entries.sort((x, y) => x[0] - y[0]);
      found = { terms: Int32Array.from(entries, ([term]) => term), weights: Float64Array.from(entries, ([, w]) => w) };
      this.vectors.set(id, found);
    }
    return found;
  };

  terms = (id: string): string[] => [...new Set(this.termsOf.get(id) ?? [])];

  private postings: { max: number; lists: string[][] } | null = null;

  /** The releases of each rarer term (used by 2 to `max` releases), worked out once per index. */
  rarePostings = (max: number): string[][] => {
    if (this.postings?.max === max) return this.postings.lists;
    const byTerm = new Map<string, string[]>();
    for (const [id, terms] of this.termsOf)
      for (const term of new Set(terms)) {
        const frequency = this.documentFrequency.get(term) ?? 0;
        if (frequency < 2 || frequency > max) continue;
        const list = byTerm.get(term);
        if (list) list.push(id);
        else byTerm.set(term, [id]);
      }
    this.postings = { max, lists: [...byTerm.values()] };
    return this.postings.lists;
  };

  /**
   * Cosine of the two releases' BM25 vectors, 0 (no word in common) to 1, rounded to 4 places. The vectors are
   * l2-normalised by the vectorizer, so the cosine is their dot product, merged over ascending term numbers (the
   * pair loop runs it for every candidate pair).
   */
  similarity = (a: string, b: string): number => {
    if (!this.termsOf.has(a) || !this.termsOf.has(b)) return 0;
    const x = this.vector(a);
    const y = this.vector(b);
    let dot = 0;
    for (let i = 0, j = 0; i < x.terms.length && j < y.terms.length;) {
      const p = x.terms[i] as number;
      const q = y.terms[j] as number;
      if (p === q) dot += (x.weights[i++] as number) * (y.weights[j++] as number);
      else if (p < q) i += 1;
      else j += 1;
    }
    return Math.round(Math.min(1, dot) * 10_000) / 10_000;
  };

  /** The shared words that weigh most in both texts, in a readable form. */
  sharedWords = (a: string, b: string, count = 4): string[] => {
    const x = this.bow(a);
    const y = this.bow(b);
    return Object.keys(x)
      .filter((term) => term in y)
      .sort((p, q) => (y[q] as number) * (x[q] as number) - (y[p] as number) * (x[p] as number) || (p < q ? -1 : 1))
      .slice(0, count)
      .map(this.readable);
  };
}
