/** One thing wrong with an upload, located the way a person finds it in their spreadsheet. */
export interface ImportProblem {
  file: string;
  sheet?: string | undefined;
  /** Spreadsheet row number: the header is row 1, the first data row is row 2 (JSON: item number from 1). */
  row?: number | undefined;
  column?: string | undefined;
  message: string;
}

/** Raised when an upload has problems; nothing has been written. */
export class ImportRejected extends Error {
  constructor(readonly problems: ImportProblem[]) {
    super(`The upload has ${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was imported.`);
  }
}

export const describeProblem = (problem: ImportProblem): string =>
  [
    problem.file,
    problem.sheet && `sheet ${problem.sheet}`,
    problem.row !== undefined && `row ${problem.row}`,
    problem.column && `column ${problem.column}`,
  ]
    .filter(Boolean)
    .join(', ') + `: ${problem.message}`;
