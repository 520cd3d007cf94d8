import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

// What the fault scripts (kill -9, health during a big upload) send: CSV files in one multipart body, and the
// small hand-written map they seed their own Neo4j with.

export interface CsvFile {
  name: string;
  text: string;
}

/** A multipart body with each file in the field "file", as a browser form sends it. */
export const multipart = (files: CsvFile[]) => {
  const boundary = `----braid-script-${Date.now()}`;
  const parts = files.map(
    (file) =>
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: text/csv\r\n\r\n${file.text}\r\n`,
  );
  return {
    payload: `${parts.join('')}--${boundary}--\r\n`,
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
};

const fixture = resolve(import.meta.dirname, '..', 'test', 'fixtures', 'small');

/** The tables of test/fixtures/small, in the order an import needs them. */
export const smallMap: CsvFile[] = ['agencies', 'objectives', 'sectors', 'regions', 'funding_streams', 'partnerships']
  .concat(['solutions', 'requests', 'releases', 'awards'])
  .map((table) => ({ name: `${table}.csv`, text: readFileSync(join(fixture, `${table}.csv`), 'utf8') }));
