import type { Database } from '../db/database.js';
import { hashSecret, newSecret } from '../auth/secrets.js';

// Single sign-ons in progress, in Neo4j so that the server process that gets the provider's answer need not
// be the one that sent the browser away. The browser holds a random id in a short-lived HttpOnly cookie; the
// graph holds its hash with the state, nonce and PKCE verifier the answer is checked against.

export const oidcLoginMinutes = 10;

export interface PendingOidcLogin {
  state: string;
  nonce: string;
  verifier: string;
}

/** Keeps a sign-in in progress and returns the secret for the browser's cookie. */
export const savePendingOidcLogin = async (db: Database, pending: PendingOidcLogin): Promise<string> => {
  const secret = newSecret();
  await db.write('auth/oidc-login-create', { hash: hashSecret(secret), ...pending, minutes: oidcLoginMinutes });
  return secret;
};

/** The sign-in in progress, once: a used, expired or unknown one gives null (and is gone either way). */
export const consumePendingOidcLogin = async (db: Database, secret: string): Promise<PendingOidcLogin | null> =>
  (await db.write<PendingOidcLogin>('auth/oidc-login-consume', { hash: hashSecret(secret) }))[0] ?? null;
