import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildTestApp, resetDatabase } from '../helpers/test-app.js';

// npm run user -- ...: the real script, on the test database, as the person at the server's shell.

const run = promisify(execFile);
let app: FastifyInstance;
let admin: FastifyInstance;

const user = async (...args: string[]): Promise<{ out: string; lines: string[] }> => {
  const { uri, user: neo4jUser, password } = inject('neo4j');
  const { stdout } = await run('npx', ['tsx', 'scripts/user.ts', ...args], {
    env: { ...process.env, NEO4J_URI: uri, NEO4J_USER: neo4jUser, NEO4J_PASSWORD: password, PORT: '3000' },
  });
  return { out: stdout, lines: stdout.trim().split('\n') };
};

beforeAll(async () => {
  await resetDatabase();
  app = await buildTestApp({ role: null });
  admin = await buildTestApp();
});
afterAll(async () => {
  await app.close();
  await admin.close();
});

describe('the user CLI', () => {
  it('adds a person, lists them, makes a token and a sign-in link that work, and removes them', async () => {
    const added = await user('add', 'Lead@Example.gov', '--role', 'editor');
    expect(added.lines.at(-1)).toMatch(/^http:\/\/localhost:3000\/api\/auth\/link\/[\w-]{40,}$/);
    expect((await user('list')).out).toMatch(/lead@example\.gov\teditor\tno password/);

    const token = (await user('token', 'lead@example.gov', '--name', 'reports')).lines.at(-1)!;
    const me = await app.inject({ method: 'GET', url: '/api/auth/me', headers: { authorization: `Bearer ${token}` } });
    expect(me.json().actor).toMatchObject({
      kind: 'token',
      role: 'editor',
      label: 'token reports of lead@example.gov',
    });
    expect((await user('tokens')).out).toContain('reports\tlead@example.gov');

    const link = new URL((await user('link', 'lead@example.gov')).lines.at(-1)!);
    expect((await app.inject({ method: 'GET', url: link.pathname })).statusCode).toBe(303);
    expect((await app.inject({ method: 'GET', url: link.pathname })).statusCode).toBe(401);

    expect((await user('role', 'lead@example.gov', 'viewer')).out).toContain('is now viewer');
    const audit = await admin.inject({ method: 'GET', url: '/api/audit' });
    const entries = audit.json().items as Array<{ action: string; actor: { label: string } }>;
    expect(entries.map((entry) => entry.action)).toEqual(
      expect.arrayContaining(['user.create', 'token.create', 'user.role']),
    );
    expect(entries.every((entry) => entry.actor.label.startsWith('cli:'))).toBe(true);

    await user('remove', 'lead@example.gov');
    expect((await user('list')).out).not.toContain('lead@example.gov');
    const revoked = await app.inject({
      method: 'GET',
      url: '/api/agencies',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(revoked.statusCode).toBe(401);
  });

  it('says what is wrong with a bad command and exits non-zero', async () => {
    await expect(user('add', 'not-an-email', '--role', 'editor')).rejects.toMatchObject({
      stderr: expect.stringContaining('is not an email address'),
    });
    await expect(user('role', 'nobody@example.gov', 'admin')).rejects.toMatchObject({
      stderr: expect.stringContaining('No user nobody@example.gov'),
    });
  });
});
