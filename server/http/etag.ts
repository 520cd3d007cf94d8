import { HttpProblem } from './http-problem.js';

// A row's ETag is its version number, quoted: "3". If-Match carries it back on PUT and DELETE.

export const etagOf = (version: number): string => `"${version}"`;

/** The version an If-Match header names; undefined when absent or `*` (any current version). */
export const ifMatchVersion = (header: string | string[] | undefined): number | undefined => {
  const value = Array.isArray(header) ? header[0] : header;
  if (value === undefined || value.trim() === '*') return undefined;
  const match = /^\s*(?:W\/)?"(\d+)"\s*$/.exec(value);
  if (!match)
    throw new HttpProblem(
      400,
      'Invalid If-Match',
      `If-Match must be the ETag a GET of the row answered (such as "3"), not ${JSON.stringify(value)}.`,
    );
  return Number(match[1]);
};
