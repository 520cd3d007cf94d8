import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { SourceFile } from './types.js';

/**
 * The files named on a command line, with folders opened one level (the four FPI CSVs usually sit together).
 * The only file reading in this folder: the sources themselves are pure.
 */
export const readSourceFiles = async (paths: string[]): Promise<SourceFile[]> => {
  const files: SourceFile[] = [];
  for (const given of paths) {
    const names = (await stat(given)).isDirectory()
      ? (await readdir(given))
          .filter((name) => /\.(csv|json)$/i.test(name))
          .sort()
          .map((name) => path.join(given, name))
      : [given];
    for (const name of names) files.push({ name: path.basename(name), content: await readFile(name) });
  }
  return files;
};
