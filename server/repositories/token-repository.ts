import { randomUUID } from 'node:crypto';
import type { ApiToken } from '../contract/auth.js';
import type { Database } from '../db/database.js';
import type { Actor, Role } from '../domain/actor.js';
import { NotFound } from '../domain/errors.js';
import { hashSecret, newSecret } from '../auth/secrets.js';
import { recordAudit } from './audit-repository.js';

// API tokens act as the person they belong to. The token is shown once; the graph keeps its hash.

const tokenPrefix = 'braid_';

export const createToken = async (
  db: Database,
  userId: string,
  name: string,
  actor: Actor,
): Promise<ApiToken & { token: string }> => {
  const token = `${tokenPrefix}${newSecret()}`;
  const created = await db.writeTransaction(async (tx) => {
    const [row] = await tx.run<ApiToken>('auth/token-create', {
      id: randomUUID(),
      hash: hashSecret(token),
      name,
      userId,
      actor: actor.label,
    });
    if (!row) throw new NotFound('No such user.');
    await recordAudit(tx, actor, {
      action: 'token.create',
      tables: ['tokens'],
      keys: [row.id],
      detail: `${row.name} for ${row.email}`,
    });
    return row;
  });
  return { ...created, token };
};

export interface TokenOwner {
  id: string;
  name: string;
  userId: string;
  email: string;
  role: Role;
}

export const findTokenOwner = async (db: Database, token: string): Promise<TokenOwner | null> =>
  token.startsWith(tokenPrefix)
    ? ((await db.write<TokenOwner>('auth/token-by-hash', { hash: hashSecret(token) }))[0] ?? null)
    : null;

export const listTokens = (db: Database, email: string | null = null): Promise<ApiToken[]> =>
  db.read<ApiToken>('auth/token-list', { email });

export const revokeToken = (db: Database, id: string, actor: Actor): Promise<void> =>
  db.writeTransaction(async (tx) => {
    const [{ revoked } = { revoked: 0 }] = await tx.run<{ revoked: number }>('auth/token-delete', { id });
    if (revoked === 0) throw new NotFound(`No API token ${id}.`);
    await recordAudit(tx, actor, { action: 'token.revoke', tables: ['tokens'], keys: [id] });
  });
