import { randomUUID } from 'node:crypto';
import type { User } from '../contract/auth.js';
import type { Database } from '../db/database.js';
import type { Role } from '../domain/actor.js';
import { HttpProblem } from '../http/problems.js';

// People who may sign in. Emails are kept lower-case (the contract's emailSchema normalises them).

export interface UserWithPassword extends User {
  passwordHash: string | null;
}

const isEmailTaken = (error: unknown): boolean =>
  (error as { code?: string }).code === 'Neo.ClientError.Schema.ConstraintValidationFailed';

export const createUser = async (
  db: Database,
  input: { email: string; role: Role; passwordHash?: string | null },
  actorLabel: string,
): Promise<User> => {
  try {
    const [user] = await db.write<User>('auth/user-create', {
      id: randomUUID(),
      email: input.email,
      role: input.role,
      passwordHash: input.passwordHash ?? null,
      actor: actorLabel,
    });
    return user!;
  } catch (error) {
    if (isEmailTaken(error))
      throw new HttpProblem(409, 'Already a user', `Someone with the email ${input.email} is already a user.`);
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

const noSuchUser = (who: string) => new HttpProblem(404, 'Not found', `No user ${who}.`);

export const requireUserByEmail = async (db: Database, email: string): Promise<UserWithPassword> =>
  (await findUserByEmail(db, email)) ?? Promise.reject(noSuchUser(email));

export const setUserRole = async (db: Database, id: string, role: Role): Promise<User> =>
  (await db.write<User>('auth/user-set-role', { id, role }))[0] ?? Promise.reject(noSuchUser(id));

export const setUserPassword = async (db: Database, id: string, passwordHash: string): Promise<void> => {
  if ((await db.write('auth/user-set-password', { id, passwordHash })).length === 0) throw noSuchUser(id);
};

/** Removes a person with their sessions, tokens and sign-in links. */
export const removeUser = async (db: Database, id: string): Promise<void> => {
  if ((await db.write('auth/user-delete', { id })).length === 0) throw noSuchUser(id);
};
