import type { ImportProblem } from '../domain/import-problems.js';

/** A spreadsheet's name for a column: 1 is A, 27 is AA. */
export const columnName = (column: number): string => {
  let name = '';
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26))
    name = String.fromCharCode(65 + ((rest - 1) % 26)) + name;
  return name;
};

/**
 * Columns that hold values under a blank header: their values would be dropped without a word, so each is
 * reported (a blank column, such as a trailing comma, is not).
 */
export const blankHeaderProblems = (
  where: { file: string; sheet?: string | undefined },
  columns: number[],
): ImportProblem[] =>
  columns
    .sort((a, b) => a - b)
    .map((column) => ({
      ...where,
      row: 1,
      column: columnName(column),
      message: `column ${columnName(column)} holds values but has no header; name it or delete the column`,
    }));
