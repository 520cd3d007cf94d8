import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSmallMap } from '../helpers/fixtures.js';
import { buildTestApp, resetDatabase } from '../helpers/test-app.js';

// Answers go compressed to clients that accept it: JSON on the fly, the built client's assets as the .br/.gz
// the build wrote beside them (a client folder made here, shaped like dist/client).

const script = `console.log(${JSON.stringify('braid '.repeat(2000))});\n`;
let app: FastifyInstance;
let clientRoot: string;
beforeAll(async () => {
  clientRoot = mkdtempSync(join(tmpdir(), 'braid-client-'));
  mkdirSync(join(clientRoot, 'assets'));
  writeFileSync(
    join(clientRoot, 'index.html'),
    '<!doctype html><script type="module" src="/assets/index-1.js"></script>',
  );
  writeFileSync(join(clientRoot, 'assets', 'index-1.js'), script);
  // Marked, so the test can tell the file written at build time from compression on the fly.
  writeFileSync(join(clientRoot, 'assets', 'index-1.js.br'), brotliCompressSync(`${script}//br`));
  writeFileSync(join(clientRoot, 'assets', 'index-1.js.gz'), gzipSync(`${script}//gz`));
  await resetDatabase();
  app = await buildTestApp({ clientRoot });
  await loadSmallMap(app);
});
afterAll(async () => {
  await app.close();
  rmSync(clientRoot, { recursive: true, force: true });
});

const get = (url: string, acceptEncoding?: string) =>
  app.inject({ method: 'GET', url, headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} });

describe('compression', () => {
  it("sends the first page's JS as the brotli or gzip file written at build time", async () => {
    const brotli = await get('/assets/index-1.js', 'gzip, deflate, br');
    expect(brotli.statusCode).toBe(200);
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.headers['content-type']).toMatch(/javascript/);
    expect(brotli.headers.vary).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(brotli.rawPayload).toString()).toBe(`${script}//br`);
    const gzip = await get('/assets/index-1.js', 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.rawPayload).toString()).toBe(`${script}//gz`);
  });

  it('sends the plain file to a client that takes no encoding', async () => {
    const plain = await get('/assets/index-1.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(script);
  });

  it('compresses large JSON answers and leaves the data as it was', async () => {
    const plain = await get('/api/graph');
    const compressed = await get('/api/graph', 'br');
    expect(compressed.statusCode).toBe(200);
    expect(compressed.headers['content-encoding']).toBe('br');
    const decoded = brotliDecompressSync(compressed.rawPayload);
    expect(decoded.length).toBeGreaterThan(compressed.rawPayload.length);
    expect(JSON.parse(decoded.toString())).toEqual(plain.json());
  });
});
