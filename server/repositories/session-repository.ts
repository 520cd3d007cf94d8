import type { Database } from '../db/database.js';
import type { Role } from '../domain/actor.js';
import { hashSecret, newSecret } from '../auth/secrets.js';

// Server-side sessions in Neo4j, so every server process behind a load balancer knows them; the cookie holds
// only the random id, the graph only its hash.

export interface SessionTimeouts {
  idleMinutes: number;
  absoluteMinutes: number;
}

export interface SessionUser {
  id: string;
  email: string;
  role: Role;
  via: string;
}

/** Starts a session and returns the secret that goes in the cookie. */
export const startSession = async (
  db: Database,
  userId: string,
  via: 'password' | 'link' | 'oidc',
  timeouts: SessionTimeouts,
): Promise<string> => {
  const secret = newSecret();
  await db.write('auth/session-delete-expired', { idleMinutes: timeouts.idleMinutes });
  await db.write('auth/session-create', {
    hash: hashSecret(secret),
    userId,
    via,
    absoluteMinutes: timeouts.absoluteMinutes,
  });
  return secret;
};

/** The person a live session belongs to, or null when it is unknown, idle too long or too old. */
export const findSessionUser = async (
  db: Database,
  secret: string,
  timeouts: SessionTimeouts,
): Promise<SessionUser | null> =>
  (
    await db.write<SessionUser>('auth/session-touch', { hash: hashSecret(secret), idleMinutes: timeouts.idleMinutes })
  )[0] ?? null;

export const endSession = async (db: Database, secret: string): Promise<void> => {
  await db.write('auth/session-delete', { hash: hashSecret(secret) });
};
