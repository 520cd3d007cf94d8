import { describe, expect, it } from 'vitest';
import { readCsv } from '../../server/import/read-csv.js';
import { readJson } from '../../server/import/read-json.js';

describe('reading the interchange format', () => {
  it('numbers CSV rows as a spreadsheet does and skips blank lines', () => {
    const { rows, problems } = readCsv('regions.csv', '\uFEFFid,name\r\nnorth,North\r\n,\r\nsouth,"South, Coast"\r\n');
    expect(problems).toEqual([]);
    expect(rows.map((row) => [row.row, row.values.name])).toEqual([
      [2, 'North'],
      [4, 'South, Coast'],
    ]);
  });

  it('reports an unknown column, naming it and the columns it expected', () => {
    const { problems } = readCsv('Funding Streams.csv', 'id,name,objectives\n');
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'Funding Streams.csv',
        column: 'objectives',
        message: expect.stringContaining('objective_ids'),
      }),
    ]);
  });

  it('reports a file name that is not a table', () => {
    expect(readCsv('stuff.csv', 'a\n1\n').problems[0]?.message).toContain('does not name a table');
  });

  it('reads a JSON bundle and checks its format marker and keys', () => {
    const { rows, problems } = readJson(
      'map.json',
      JSON.stringify({ format: 'braid/0', regions: [{ id: 'r' }], extras: [] }),
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ sheet: 'regions', row: 1 });
    expect(problems.map((problem) => problem.message)).toEqual([
      'must be "braid/1"',
      'unknown key "extras" in the bundle',
    ]);
    expect(readJson('bad.json', '{').problems[0]?.message).toContain('not valid JSON');
  });
});
