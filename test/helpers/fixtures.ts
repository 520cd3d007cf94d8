import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { FastifyInstance } from 'fastify';

export const fixturesDir = resolve(import.meta.dirname, '..', 'fixtures');

export interface FixtureFile {
  name: string;
  content: Buffer;
}

/** Every file of a fixture folder, optionally with some files' text replaced. */
export const fixtureFiles = (folder: string, overrides: Record<string, string> = {}): FixtureFile[] =>
  readdirSync(join(fixturesDir, folder))
    .sort()
    .map((name) => ({
      name,
      content: Buffer.from(overrides[name] ?? readFileSync(join(fixturesDir, folder, name), 'utf8')),
    }));

/** A multipart body with each file in the field "file", as a browser form sends it. */
export const multipart = (files: FixtureFile[]): { payload: Buffer; headers: Record<string, string> } => {
  const boundary = `----braid${Date.now()}`;
  const parts = files.map((file) =>
    Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
      ),
      file.content,
      Buffer.from('\r\n'),
    ]),
  );
  return {
    payload: Buffer.concat([...parts, Buffer.from(`--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
};

/** `query` adds parameters, e.g. `&confirm=delete-missing`. */
export const importFiles = (
  app: FastifyInstance,
  files: FixtureFile[],
  mode: 'upsert' | 'replace' = 'upsert',
  query = '',
) => app.inject({ method: 'POST', url: `/api/import?mode=${mode}${query}`, ...multipart(files) });

/** Loads the small hand-written map (test/fixtures/small) and fails loudly if it does not import. */
export const loadSmallMap = async (app: FastifyInstance): Promise<void> => {
  const response = await importFiles(app, fixtureFiles('small'));
  if (response.statusCode !== 200) throw new Error(`small fixture did not import: ${response.body}`);
};
