import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadQueries } from '../../server/db/queries.js';
import { queryNames } from '../../server/db/query-names.js';
import { queryNamesSource } from '../../scripts/query-names.js';

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });

describe('query names', () => {
  it('name every file of cypher/, and only those (npm run query-names rewrites the list)', () => {
    const files = [...loadQueries().keys()];
    expect([...queryNames].sort()).toEqual(files.sort());
    expect(readFileSync('server/db/query-names.ts', 'utf8')).toBe(queryNamesSource(files));
  });

  it('each have a user in server/ (schema/ files are applied in order by the migrations)', () => {
    const code = sourceFiles('server')
      .filter((path) => !path.endsWith(join('db', 'query-names.ts')))
      .map((path) => readFileSync(path, 'utf8'))
      .join('\n');
    expect(code).toContain("queriesUnder('schema')");
    const unused = queryNames.filter((name) => !name.startsWith('schema/') && !code.includes(`'${name}'`));
    expect(unused).toEqual([]);
  });
});
