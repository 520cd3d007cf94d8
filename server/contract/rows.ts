import { z } from 'zod';

// The rows API (/api/<table>): how lists are asked for and answered, and how one row is named in a URL.

export const listQuery = z
  .object({
    q: z.string().optional().describe('text to find in the id, name or title'),
    sort: z.string().optional().describe('a column name; prefix with - for descending'),
    limit: z.coerce.number().int().min(1).max(5000).default(100),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .catchall(z.string().describe('any column: rows whose value equals it (list columns: contain it)'));

/** Keys in URLs: the id, or for requests and awards the natural key joined with `|`. */
export const keyParam = z.object({ key: z.string().min(1) });

/** One page of a table's rows. */
export const rowPage = <Row extends z.ZodType>(row: Row) =>
  z.object({ items: z.array(row), total: z.number(), limit: z.number(), offset: z.number() });

/** Edits and deletes may say which version they started from (ETag); a stale one is refused with 409. */
export const ifMatchHeader = z.object({
  'if-match': z.string().optional().describe('the ETag the edit started from, such as "3"'),
});
