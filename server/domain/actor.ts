import { z } from 'zod';

// Who is asking, and what they may do. Every request carries one Actor (request.actor); every write records it.

export const roles = ['viewer', 'editor', 'admin'] as const;
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

export const actorKinds = ['user', 'token', 'cli', 'anonymous', 'share'] as const;
export type ActorKind = (typeof actorKinds)[number];

export const actorSchema = z.object({
  /** Stable id: a user's id, a token's id, `cli:<os user>`, a share link's id, or `anonymous`. */
  id: z.string(),
  kind: z.enum(actorKinds),
  /** null for anonymous visitors: they hold no role (BRAID_PUBLIC_READ may still let them read). */
  role: roleSchema.nullable(),
  /** What a person reads in the audit trail and the header: an email, `token <name> of <email>`, `cli:<user>`. */
  label: z.string(),
});
export type Actor = z.infer<typeof actorSchema>;

export const anonymousActor: Actor = Object.freeze({
  id: 'anonymous',
  kind: 'anonymous',
  role: null,
  label: 'anonymous',
});

const rank: Record<Role, number> = { viewer: 1, editor: 2, admin: 3 };

/** Does holding `held` satisfy a route that needs `needed`? Roles are ordered: admin > editor > viewer. */
export const roleSatisfies = (held: Role | null, needed: Role): boolean => held !== null && rank[held] >= rank[needed];

/** What each role may do, in the words the server and the client use to explain a refusal. */
export const roleAbilities: Record<Role, string> = {
  viewer: 'read the map, analytics and exports',
  editor: 'also change rows, upsert imports, saved views, scorecard settings and share links',
  admin: 'also replace imports, undo, and manage people, tokens and settings',
};

/** The person at the server's shell (the user CLI, scripts): they can do anything, and are recorded by OS user. */
export const cliActor = (osUser: string): Actor => ({
  id: `cli:${osUser}`,
  kind: 'cli',
  role: 'admin',
  label: `cli:${osUser}`,
});
