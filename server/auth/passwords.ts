import { hash, verify } from '@node-rs/argon2';

// argon2id with the library's defaults (OWASP's minimum: 19 MiB, 2 passes). Passwords are never logged.

export const hashPassword = (password: string): Promise<string> => hash(password);

// Verifying against this when the email is unknown takes as long as a real check, so timing does not tell.
let decoy: Promise<string> | undefined;

export const passwordMatches = async (password: string, passwordHash: string | null): Promise<boolean> => {
  if (passwordHash === null) {
    decoy ??= hash('not a password anyone has');
    await verify(await decoy, password).catch(() => false);
    return false;
  }
  return verify(passwordHash, password).catch(() => false);
};
