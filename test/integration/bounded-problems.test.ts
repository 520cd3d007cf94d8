import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { maxListedProblems } from '../../server/domain/import-problems.js';
import { buildTestApp, resetDatabase } from '../helpers/test-app.js';
import { multipart } from '../helpers/fixtures.js';

// Issue #10 point 7: a problem list is capped and never much larger than the upload that caused it. The answer to
// an upload of n bytes stays under 2 KB + 2n, however bad the upload; `problem_count` still counts every problem.
let app: FastifyInstance;
beforeAll(async () => {
  app = await buildTestApp();
});
afterAll(async () => app.close());
beforeEach(async () => resetDatabase());

const bound = (uploadBytes: number) => 2048 + 2 * uploadBytes;

const upload = async (name: string, text: string) => {
  const body = multipart([{ name, content: Buffer.from(text) }]);
  const response = await app.inject({ method: 'POST', url: '/api/import', ...body });
  return { response, uploadBytes: body.payload.length };
};

describe('problem lists are bounded by the upload', () => {
  it('tiny uploads with many long problems answer within the bound, listing what fits', async () => {
    const cases = [
      // 40 one-letter unknown columns: each is a message naming every column of the table.
      [
        'agencies.csv',
        `${Array.from({ length: 40 }, (_, i) => String.fromCharCode(97 + (i % 26)) + (i >= 26 ? 'x' : '')).join(',')}\n1\n`,
      ],
      // Rows of commas: every row lacks every required field.
      ['funding_streams.csv', `id,name,agency_id,source,fiscal_year,amount\n${',,,,,\n'.replace(/^/, 'x').repeat(60)}`],
      ['map.json', '{"format":"x","a":1,"b":2,"c":3,"d":4,"e":5,"f":6,"g":7}'],
      ['x.csv', ''],
    ] as const;
    for (const [name, text] of cases) {
      const { response, uploadBytes } = await upload(name, text);
      expect(response.statusCode).toBe(400);
      expect(response.body.length).toBeLessThanOrEqual(bound(uploadBytes));
      const body = response.json() as { problems?: unknown[]; problem_count?: number; detail: string };
      if (body.problems) {
        expect(body.problems.length).toBeGreaterThan(0);
        expect(body.problem_count).toBeGreaterThanOrEqual(body.problems.length);
      }
    }
  });

  it('the one-letter header lists fewer problems than it has, and counts them all', async () => {
    const header = Array.from({ length: 40 }, (_, i) => `z${i}`).join(',');
    const { response } = await upload('agencies.csv', `${header}\n`);
    const body = response.json() as { problems: unknown[]; problem_count: number };
    expect(body.problem_count).toBe(40);
    expect(body.problems.length).toBeLessThan(40);
  });

  it('a huge bad upload lists at most the cap, with problem_count the total', async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => `a${i},Agency ${i},nowhere`).join('\n');
    const { response, uploadBytes } = await upload('agencies.csv', `id,name,level\n${rows}\n`);
    expect(response.statusCode).toBe(400);
    const body = response.json() as { problems: Array<{ row: number }>; problem_count: number };
    expect(body.problem_count).toBe(5000);
    expect(body.problems).toHaveLength(maxListedProblems);
    expect(body.problems.map((problem) => problem.row)).toEqual(
      Array.from({ length: maxListedProblems }, (_, i) => i + 2),
    );
    expect(response.body.length).toBeLessThanOrEqual(bound(uploadBytes));
  });
});
