import type { Database } from '../db/database.js';
import type { Actor, Role } from '../domain/actor.js';
import { NotFound } from '../domain/errors.js';
import { hashSecret, newSecret } from '../auth/secrets.js';
import { recordAudit } from './audit-repository.js';

/** One-time sign-in links (the first admin's, and `npm run user -- link`): they work once, for 15 minutes. */
export const signInLinkMinutes = 15;

export const createSignInLink = async (db: Database, userId: string): Promise<string> => {
  const secret = newSecret();
  await db.write('auth/link-create', { hash: hashSecret(secret), userId, minutes: signInLinkMinutes });
  return secret;
};

/** A link an admin makes in the People screen: recorded in the audit trail with the link in one transaction. */
export const createAuditedSignInLink = (
  db: Database,
  userId: string,
  actor: Actor,
): Promise<{ secret: string; expiresAt: string }> =>
  db.writeTransaction(async (tx) => {
    const [user] = await tx.run<{ email: string }>('auth/user-by-id', { id: userId });
    if (!user) throw new NotFound(`No user ${userId}.`);
    const secret = newSecret();
    await tx.run('auth/link-create', { hash: hashSecret(secret), userId, minutes: signInLinkMinutes });
    await recordAudit(tx, actor, { action: 'user.sign_in_link', tables: ['users'], keys: [user.email] });
    return { secret, expiresAt: new Date(Date.now() + signInLinkMinutes * 60_000).toISOString() };
  });

/** The link's person, once; a used, expired or unknown link gives null (and is gone either way). */
export const consumeSignInLink = async (
  db: Database,
  secret: string,
): Promise<{ id: string; email: string; role: Role } | null> =>
  (await db.write<{ id: string; email: string; role: Role }>('auth/link-consume', { hash: hashSecret(secret) }))[0] ??
  null;
