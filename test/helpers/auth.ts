import type { FastifyInstance } from 'fastify';
import { hashPassword } from '../../server/auth/passwords.js';
import { Database } from '../../server/db/database.js';
import { cliActor, type Role } from '../../server/domain/actor.js';
import { createToken } from '../../server/repositories/token-repository.js';
import { createUser } from '../../server/repositories/user-repository.js';
import { testConnection } from './test-app.js';

const testCli = cliActor('test');

// People for tests of signing in: made straight in the test database, as the CLI does.

export const withTestDb = async <T>(work: (db: Database) => Promise<T>): Promise<T> => {
  const db = new Database(testConnection());
  try {
    return await work(db);
  } finally {
    await db.close();
  }
};

/** Runs one statement on the test database (tests that age a session or a link). */
export const runCypher = (statement: string, params: Record<string, unknown> = {}) =>
  withTestDb(async (db) => {
    await db.driver.executeQuery(statement, params);
  });

export const addTestUser = (email: string, role: Role, password?: string) =>
  withTestDb(async (db) =>
    createUser(db, { email, role, passwordHash: password ? await hashPassword(password) : null }, testCli),
  );

export const addTestToken = (userId: string, name = 'test') =>
  withTestDb(async (db) => (await createToken(db, userId, name, testCli)).token);

/** Signs in through the API and returns the Cookie header to send afterwards. */
export const signIn = async (app: FastifyInstance, email: string, password: string): Promise<string> => {
  const response = await app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email, password } });
  if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.body}`);
  const cookie = response.cookies.find((c) => c.name === 'braid_session');
  if (!cookie) throw new Error('no session cookie');
  return `braid_session=${cookie.value}`;
};

/** What Braid's own client sends with a cookie-authenticated write. */
export const sameOriginHeaders = (cookie: string) => ({
  cookie,
  'x-braid-client': '1',
  origin: 'http://localhost',
  'sec-fetch-site': 'same-origin',
});
