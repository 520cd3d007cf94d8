import { randomUUID } from 'node:crypto';
import type { User } from '../contract/auth.js';
import type { Database, Tx } from '../db/database.js';
import type { Actor, Role } from '../domain/actor.js';
import { Conflict } from '../domain/errors.js';
import { recordAudit } from './audit-repository.js';

// The person behind a single sign-on: found by the provider's issuer and subject, else linked to someone an
// admin added by email beforehand, else created. A role the provider's claim maps to is taken at every sign-in;
// without one, a new person gets the default role and a known person keeps theirs.
// One transaction, with its audit records, so a half-made person never exists.

export interface OidcIdentity {
  issuer: string;
  subject: string;
  email: string;
  /** Only a verified email links to a person added beforehand (else anyone could claim an admin's email). */
  emailVerified: boolean;
  /** The role the claim maps to, or the default role (then `fromClaim` is false). */
  role: Role;
  fromClaim: boolean;
}

export type OidcSignIn = { outcome: 'signed-in'; user: User } | { outcome: 'disabled'; email: string };

const asActor = (id: string, email: string, role: Role): Actor => ({ id, kind: 'user', role, label: email });

const keepRole = async (tx: Tx, user: User, identity: OidcIdentity): Promise<User> => {
  const { role } = identity;
  if (!identity.fromClaim || user.role === role) return user;
  await tx.run('auth/user-set-role', { id: user.id, role });
  await recordAudit(tx, asActor(user.id, user.email, role), {
    action: 'user.role',
    tables: ['users'],
    keys: [user.email],
    fields: [{ table: 'users', key: user.email, field: 'role', before: user.role, after: role }],
    detail: 'from the single sign-on role claim',
  });
  return { ...user, role };
};

const linkExisting = async (tx: Tx, identity: OidcIdentity): Promise<OidcSignIn | null> => {
  const [byEmail] = await tx.run<User>('auth/user-by-email', { email: identity.email });
  if (!byEmail) return null;
  if (byEmail.singleSignOn || !identity.emailVerified)
    throw new Conflict(
      'Email already in use',
      `Someone with the email ${identity.email} is already a user of Braid under another sign-in, so this one ` +
        'was not linked to them. Ask an admin of this Braid.',
    );
  if (byEmail.disabled) return { outcome: 'disabled', email: byEmail.email };
  await tx.run('auth/user-link-oidc', { id: byEmail.id, issuer: identity.issuer, subject: identity.subject });
  await recordAudit(tx, asActor(byEmail.id, byEmail.email, identity.role), {
    action: 'user.link',
    tables: ['users'],
    keys: [byEmail.email],
    detail: `first single sign-on: linked to ${identity.issuer}`,
  });
  return { outcome: 'signed-in', user: await keepRole(tx, { ...byEmail, singleSignOn: true }, identity) };
};

const createPerson = async (tx: Tx, identity: OidcIdentity): Promise<OidcSignIn> => {
  const id = randomUUID();
  await tx.run('auth/user-create-oidc', {
    id,
    email: identity.email,
    role: identity.role,
    issuer: identity.issuer,
    subject: identity.subject,
    actor: identity.email,
  });
  await recordAudit(tx, asActor(id, identity.email, identity.role), {
    action: 'user.create',
    tables: ['users'],
    keys: [identity.email],
    fields: [{ table: 'users', key: identity.email, field: 'role', before: null, after: identity.role }],
    detail: `first single sign-on from ${identity.issuer}`,
  });
  const [user] = await tx.run<User>('auth/user-by-id', { id });
  return { outcome: 'signed-in', user: user! };
};

export const signInWithOidc = (db: Database, identity: OidcIdentity): Promise<OidcSignIn> =>
  db.writeTransaction(async (tx) => {
    const [known] = await tx.run<User>('auth/user-by-oidc', { issuer: identity.issuer, subject: identity.subject });
    if (known?.disabled) return { outcome: 'disabled', email: known.email };
    if (known) return { outcome: 'signed-in', user: await keepRole(tx, known, identity) };
    return (await linkExisting(tx, identity)) ?? createPerson(tx, identity);
  });
