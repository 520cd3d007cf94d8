import type { Database } from '../db/database.js';
import { hashSecret } from '../auth/secrets.js';

// Failed sign-ins per email, stored in the graph so that the lock-out holds across server processes. Kept for
// every email tried, known or not, so a lock-out says nothing about whether an account exists.

export const throttle = { limit: 5, windowMinutes: 15, lockMinutes: 15 };

const keyOf = (email: string): string => hashSecret(`sign-in:${email}`);

export const isLockedOut = async (db: Database, email: string): Promise<boolean> => {
  const [row] = await db.read<{ locked: boolean | null }>('auth/throttle-read', { key: keyOf(email) });
  return row?.locked === true;
};

export const recordFailedSignIn = async (db: Database, email: string): Promise<void> => {
  await db.write('auth/throttle-fail', { key: keyOf(email), ...throttle });
};

export const clearFailedSignIns = async (db: Database, email: string): Promise<void> => {
  await db.write('auth/throttle-clear', { key: keyOf(email) });
};
