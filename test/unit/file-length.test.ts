import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// No source file over 400 lines (issue #8): a long file is split by what its parts do. The generated demo
// source data in seed/demo-source/ is the one exception.

const root = resolve(import.meta.dirname, '..', '..');
const limit = 400;
const sourceFolders = ['server', 'client', 'scripts', 'bench', 'test', 'seed', 'cypher'];
const sourceFile = /\.(ts|tsx|mts|cts|js|mjs|cjs|jsx|css|cypher)$/;
const exempt = ['seed/demo-source/'];

const sourceFiles = (folder: string): string[] =>
  readdirSync(join(root, folder), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && sourceFile.test(entry.name))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
    .filter((path) => !path.split('/').includes('node_modules') && !exempt.some((prefix) => path.startsWith(prefix)));

const lineCount = (path: string): number => readFileSync(join(root, path), 'utf8').trimEnd().split('\n').length;

describe('source files', () => {
  const files = [...sourceFolders.flatMap(sourceFiles), 'vite.config.ts', 'eslint.config.js'];

  it('are found in every source folder', () => {
    for (const folder of sourceFolders)
      expect(
        files.some((path) => path.startsWith(`${folder}/`)),
        folder,
      ).toBe(true);
  });

  it(`are at most ${limit} lines each, outside seed/demo-source/`, () => {
    const long = files.filter((path) => lineCount(path) > limit).map((path) => `${path} (${lineCount(path)} lines)`);
    expect(long).toEqual([]);
  });
});
