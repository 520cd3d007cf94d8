import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import problemDetails from '../../server/plugins/problem-details.js';

// A 99,000-row upload into a Neo4j with a 768 MB heap ended in MemoryPoolOutOfMemoryError at commit, which the
// server answered 500 (issue #10: no 500 for anything a person can do): it is a 503 that says what to do.
const answerFor = async (code: string) => {
  const app = Fastify({ logger: false });
  await app.register(problemDetails);
  app.get('/write', async () => {
    throw Object.assign(new Error('The allocation of an extra 2.0 MiB would use more than the limit'), { code });
  });
  const response = await app.inject({ method: 'GET', url: '/write' });
  await app.close();
  return response;
};

describe('Neo4j errors a write can meet', () => {
  it.each([
    'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
    'Neo.TransientError.General.TransactionMemoryLimit',
  ])('%s is a 503 saying nothing was changed, not a 500', async (code) => {
    const response = await answerFor(code);
    expect(response.statusCode).toBe(503);
    expect(response.json().title).toBe('The database ran out of memory');
    expect(response.json().detail).toContain('nothing was changed');
    expect(response.body).not.toContain('allocation');
  });
});
