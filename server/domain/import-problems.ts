/** One thing wrong with an upload, located the way a person finds it in their spreadsheet. */
export interface ImportProblem {
  file: string;
  sheet?: string | undefined;
  /** Spreadsheet row number: the header is row 1, the first data row is row 2 (JSON: item number from 1). */
  row?: number | undefined;
  column?: string | undefined;
  message: string;
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
