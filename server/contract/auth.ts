import { z } from 'zod';
import { actorSchema, roleSchema } from '../domain/actor.js';

// What crosses HTTP for sign-in, people and API tokens.

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: 'is not an email address' }));

export const passwordSchema = z.string().min(12, 'must be at least 12 characters').max(200);

export const signInBody = z.object({ email: emailSchema, password: z.string().min(1).max(200) });

export const setPasswordBody = z.object({ password: passwordSchema });

export const meResponse = z.object({
  actor: actorSchema,
  /** BRAID_PUBLIC_READ: may anonymous visitors read? */
  publicRead: z.boolean(),
  /** The single sign-on provider the sign-in page offers ("Sign in with <name>"), when one is configured. */
  singleSignOn: z.object({ name: z.string() }).nullable(),
});

export const userSchema = z.object({
  id: z.string(),
  email: z.string(),
  role: roleSchema,
  createdAt: z.string(),
  hasPassword: z.boolean(),
  /** A disabled person cannot sign in in any way; their sessions and tokens stop working. */
  disabled: z.boolean(),
  /** Linked to a single sign-on identity (they signed in through the provider at least once). */
  singleSignOn: z.boolean(),
});
export type User = z.infer<typeof userSchema>;

export const createUserBody = z.object({ email: emailSchema, role: roleSchema });
export const setRoleBody = z.object({ role: roleSchema });
export const setDisabledBody = z.object({ disabled: z.boolean() });

export const signInLinkResponse = z.object({
  /** Works once, until expiresAt; only its hash is kept. */
  url: z.string(),
  expiresAt: z.string(),
});

export const tokenSchema = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
});
export type ApiToken = z.infer<typeof tokenSchema>;

export const createTokenBody = z.object({ email: emailSchema, name: z.string().trim().min(1).max(100) });
export const createdTokenResponse = tokenSchema.extend({
  /** Shown this once; only its hash is kept. */
  token: z.string(),
});
