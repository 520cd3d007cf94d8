import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { NewShareLink, ShareLink } from '../contract/share-links.js';
import type { Database } from '../db/database.js';
import type { Actor } from '../domain/actor.js';
import { NotFound } from '../domain/errors.js';
import { recordAudit } from './audit-repository.js';

// Share links: a random token (shown once) whose hash is stored, expiring and revocable. Creating and
// revoking one is a write like any other: it is recorded in the audit trail in the same transaction.

interface StoredLink extends Omit<ShareLink, 'status' | 'revoked_at'> {
  revoked_at?: string | null;
  token_hash: string;
}

const dayMs = 24 * 60 * 60 * 1000;

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

const statusOf = (link: StoredLink, now: Date): ShareLink['status'] =>
  link.revoked_at ? 'revoked' : Date.parse(link.expires_at) <= now.getTime() ? 'expired' : 'active';

const toLink = (stored: StoredLink, now = new Date()): ShareLink => ({
  id: stored.id,
  name: stored.name,
  view: stored.view,
  target: stored.target ?? null,
  query: stored.query ?? '',
  created_at: stored.created_at,
  created_by: stored.created_by,
  expires_at: stored.expires_at,
  revoked_at: stored.revoked_at ?? null,
  status: statusOf(stored, now),
});

export const createShareLink = async (
  db: Database,
  input: NewShareLink,
  actor: Actor,
  now = new Date(),
): Promise<{ link: ShareLink; token: string }> => {
  const token = randomBytes(24).toString('base64url');
  const id = randomUUID();
  const link = await db.writeTransaction(async (tx) => {
    const [row] = await tx.run<{ link: StoredLink }>('share/create', {
      id,
      token_hash: hashToken(token),
      name: input.name,
      view: input.view,
      target: input.target ?? null,
      query: input.query,
      created_at: now.toISOString(),
      created_by: actor.label,
      expires_at: new Date(now.getTime() + input.expires_in_days * dayMs).toISOString(),
    });
    if (!row) throw new Error('creating a share link returned nothing');
    await recordAudit(tx, actor, {
      action: 'share_link.create',
      tables: ['share_links'],
      keys: [id],
      detail: `${input.view}${input.target ? ` ${input.target}` : ''}: ${input.name}`,
    });
    return row.link;
  });
  return { link: toLink(link, now), token };
};

export const listShareLinks = async (db: Database): Promise<ShareLink[]> =>
  (await db.read<{ link: StoredLink }>('share/list')).map(({ link }) => toLink(link));

export const revokeShareLink = async (db: Database, id: string, actor: Actor): Promise<ShareLink> =>
  db.writeTransaction(async (tx) => {
    const at = new Date().toISOString();
    const [row] = await tx.run<{ link: StoredLink }>('share/revoke', { id, at, by: actor.label });
    if (!row) throw NotFound.of('share link', id);
    await recordAudit(tx, actor, { action: 'share_link.revoke', tables: ['share_links'], keys: [id], at });
    return toLink(row.link);
  });

/** The link a token opens, with its state; null for a token no link has. */
export const findShareLink = async (db: Database, token: string): Promise<ShareLink | null> => {
  const [row] = await db.read<{ link: StoredLink }>('share/by-token', { token_hash: hashToken(token) });
  return row ? toLink(row.link) : null;
};
