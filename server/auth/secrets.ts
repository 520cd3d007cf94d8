import { createHash, randomBytes } from 'node:crypto';

/** A secret with 256 bits of randomness, safe in a URL or a cookie. */
export const newSecret = (): string => randomBytes(32).toString('base64url');

/**
 * Session ids, tokens and sign-in links are stored only as this hash: they are long random secrets, so a fast
 * hash is enough (passwords, which people choose, get argon2id instead), and a copy of the database lets
 * no one in.
 */
export const hashSecret = (secret: string): string => createHash('sha256').update(secret).digest('hex');
