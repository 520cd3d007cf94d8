import { entities } from './catalog.js';

/** One thing wrong with an upload, located the way a person finds it in their spreadsheet. */
export interface ImportProblem {
  file: string;
  sheet?: string | undefined;
  /** Spreadsheet row number: the header is row 1, the first data row is row 2 (JSON: item number from 1). */
  row?: number | undefined;
  column?: string | undefined;
  message: string;
}

/** At most this many problems are sent back: enough to fix a file by. */
export const maxListedProblems = 100;

/**
 * The bytes of problems an answer may list for a request of `requestBytes`: a tiny upload cannot make a big
 * answer (a header of one-letter unknown columns would otherwise list a long message for every two bytes).
 */
export const problemBudget = (requestBytes: number): number => 1024 + 2 * requestBytes;

const utf8 = new TextEncoder();

/** The first problems whose JSON fits in `budget` bytes (the rest are only counted, in `problem_count`). */
export const problemsWithin = (problems: readonly ImportProblem[], budget: number): ImportProblem[] => {
  const fitting: ImportProblem[] = [];
  let used = 2;
  for (const problem of problems) {
    used += utf8.encode(JSON.stringify(problem)).length + 1;
    if (used > budget) break;
    fitting.push(problem);
  }
  return fitting;
};
const maxTextLength = 300;

const clip = (text: string): string => (text.length > maxTextLength ? `${text.slice(0, maxTextLength)}…` : text);

const tableOf = (problem: ImportProblem): string =>
  (problem.sheet ?? problem.file)
    .replace(/\.(csv|json)$/i, '')
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

const columnRank = (problem: ImportProblem): number => {
  if (problem.column === undefined) return -1;
  const columns = entities.find((entity) => entity.name === tableOf(problem))?.columns ?? [];
  const rank = columns.indexOf(problem.column);
  return rank === -1 ? columns.length : rank;
};

/** Problems by file (in upload order), sheet (in reading order), then row, then column (in the table's order). */
export const orderProblems = (problems: readonly ImportProblem[]): ImportProblem[] => {
  const firstSeen = new Map<string, number>();
  const place = (key: string) => {
    if (!firstSeen.has(key)) firstSeen.set(key, firstSeen.size);
    return firstSeen.get(key) ?? 0;
  };
  // Keys are computed once per problem, and a column's rank once per table: 100,000 problems sort in milliseconds.
  const ranks = new Map<string, number>();
  const rankOf = (problem: ImportProblem) => {
    const key = `${problem.sheet ?? problem.file}\u0000${problem.column ?? '\u0001'}`;
    let rank = ranks.get(key);
    if (rank === undefined) ranks.set(key, (rank = columnRank(problem)));
    return rank;
  };
  const keyed = problems.map((problem) => ({
    problem,
    file: place(`f:${problem.file}`),
    sheet: place(`s:${problem.file}\u0000${problem.sheet ?? ''}`),
    row: problem.row ?? 0,
    column: rankOf(problem),
  }));
  return keyed
    .sort((a, b) => a.file - b.file || a.sheet - b.sheet || a.row - b.row || a.column - b.column)
    .map(({ problem }) => problem);
};

/** The problems an answer lists: in order, the first `maxListedProblems`, each text clipped. */
export const listedProblems = (problems: readonly ImportProblem[]): ImportProblem[] =>
  orderProblems(problems)
    .slice(0, maxListedProblems)
    .map((problem) => ({
      ...problem,
      message: clip(problem.message),
      ...(problem.column === undefined ? {} : { column: clip(problem.column) }),
      ...(problem.sheet === undefined ? {} : { sheet: clip(problem.sheet) }),
      file: clip(problem.file),
    }));

export const describeProblem = (problem: ImportProblem): string =>
  [
    problem.file,
    problem.sheet && `sheet ${problem.sheet}`,
    problem.row !== undefined && `row ${problem.row}`,
    problem.column && `column ${problem.column}`,
  ]
    .filter(Boolean)
    .join(', ') + `: ${problem.message}`;
