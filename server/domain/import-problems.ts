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

/** At most this many problems are sent back: enough to fix a file by, never bigger than the upload itself. */
export const maxListedProblems = 100;
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
  const keyed = problems.map((problem) => ({
    problem,
    file: place(`f:${problem.file}`),
    sheet: place(`s:${problem.file}\u0000${problem.sheet ?? ''}`),
  }));
  return keyed
    .sort(
      (a, b) =>
        a.file - b.file ||
        a.sheet - b.sheet ||
        (a.problem.row ?? 0) - (b.problem.row ?? 0) ||
        columnRank(a.problem) - columnRank(b.problem),
    )
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
