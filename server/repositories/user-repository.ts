import { randomUUID } from 'node:crypto';
import type { User } from '../contract/auth.js';
import type { Database } from '../db/database.js';
import type { Actor, Role } from '../domain/actor.js';
import { Conflict, NotFound } from '../domain/errors.js';
import { recordAudit } from './audit-repository.js';

// People who may sign in. Emails are kept lower-case (the contract's emailSchema normalises them). Every change
// is recorded in the audit trail in its own transaction (never a password or its hash).

export interface UserWithPassword extends User {
  passwordHash: string | null;
}

const isEmailTaken = (error: unknown): boolean =>
  (error as { code?: string }).code === 'Neo.ClientError.Schema.ConstraintValidationFailed';

export const createUser = async (
  db: Database,
  input: { email: string; role: Role; passwordHash?: string | null },
  actor: Actor,
): Promise<User> => {
  try {
    return await db.writeTransaction(async (tx) => {
      const [user] = await tx.run<User>('auth/user-create', {
        id: randomUUID(),
        email: input.email,
        role: input.role,
        passwordHash: input.passwordHash ?? null,
        actor: actor.label,
      });
      await recordAudit(tx, actor, {
        action: 'user.create',
        tables: ['users'],
        keys: [input.email],
        fields: [{ table: 'users', key: input.email, field: 'role', before: null, after: input.role }],
      });
      return user!;
    });
  } catch (error) {
    if (isEmailTaken(error))
      throw new Conflict('Already a user', `Someone with the email ${input.email} is already a user.`);
    throw error;
  }
};

export const findUserByEmail = async (db: Database, email: string): Promise<UserWithPassword | null> =>
  (await db.read<UserWithPassword>('auth/user-by-email', { email }))[0] ?? null;

export const findUserById = async (db: Database, id: string): Promise<User | null> =>
  (await db.read<User>('auth/user-by-id', { id }))[0] ?? null;

export const listUsers = (db: Database): Promise<User[]> => db.read<User>('auth/user-list');

export const countUsers = async (db: Database): Promise<number> =>
  (await db.read<{ users: number }>('auth/user-count'))[0]?.users ?? 0;

const noSuchUser = (who: string) => new NotFound(`No user ${who}.`);

export const requireUserByEmail = async (db: Database, email: string): Promise<UserWithPassword> =>
  (await findUserByEmail(db, email)) ?? Promise.reject(noSuchUser(email));

/** Changes a role and ends the person's sessions, so the new role applies at their next sign-in. */
export const setUserRole = (db: Database, id: string, role: Role, actor: Actor): Promise<User> =>
  db.writeTransaction(async (tx) => {
    const [before] = await tx.run<User>('auth/user-by-id', { id });
    if (!before) throw noSuchUser(id);
    const [user] = await tx.run<User>('auth/user-set-role', { id, role });
    await tx.run('auth/session-delete-for-user', { userId: id });
    await recordAudit(tx, actor, {
      action: 'user.role',
      tables: ['users'],
      keys: [before.email],
      fields: [{ table: 'users', key: before.email, field: 'role', before: before.role, after: role }],
    });
    return user!;
  });

/** Disables (or enables again) a person; disabling ends their sessions, and their tokens stop working. */
export const setUserDisabled = (db: Database, id: string, disabled: boolean, actor: Actor): Promise<User> =>
  db.writeTransaction(async (tx) => {
    const [user] = await tx.run<User>('auth/user-set-disabled', { id, disabled });
    if (!user) throw noSuchUser(id);
    if (disabled) await tx.run('auth/session-delete-for-user', { userId: id });
    await recordAudit(tx, actor, {
      action: disabled ? 'user.disable' : 'user.enable',
      tables: ['users'],
      keys: [user.email],
    });
    return user;
  });

export const setUserPassword = (db: Database, id: string, passwordHash: string, actor: Actor): Promise<void> =>
  db.writeTransaction(async (tx) => {
    const [user] = await tx.run<User>('auth/user-by-id', { id });
    if (!user) throw noSuchUser(id);
    await tx.run('auth/user-set-password', { id, passwordHash });
    await recordAudit(tx, actor, { action: 'user.password', tables: ['users'], keys: [user.email] });
  });

/** Removes a person with their sessions, tokens and sign-in links. */
export const removeUser = (db: Database, id: string, actor: Actor): Promise<void> =>
  db.writeTransaction(async (tx) => {
    const [removed] = await tx.run<{ email: string }>('auth/user-delete', { id });
    if (!removed) throw noSuchUser(id);
    await recordAudit(tx, actor, { action: 'user.remove', tables: ['users'], keys: [removed.email] });
  });
