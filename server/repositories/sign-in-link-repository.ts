import type { Database } from '../db/database.js';
import type { Role } from '../domain/actor.js';
import { hashSecret, newSecret } from '../auth/secrets.js';

/** One-time sign-in links (the first admin's, and `npm run user -- link`): they work once, for 15 minutes. */
export const signInLinkMinutes = 15;

export const createSignInLink = async (db: Database, userId: string): Promise<string> => {
  const secret = newSecret();
  await db.write('auth/link-create', { hash: hashSecret(secret), userId, minutes: signInLinkMinutes });
  return secret;
};

/** The link's person, once; a used, expired or unknown link gives null (and is gone either way). */
export const consumeSignInLink = async (
  db: Database,
  secret: string,
): Promise<{ id: string; email: string; role: Role } | null> =>
  (await db.write<{ id: string; email: string; role: Role }>('auth/link-consume', { hash: hashSecret(secret) }))[0] ??
  null;
