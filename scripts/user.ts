import { parseArgs } from 'node:util';
import { z } from 'zod';
import { signInLinkUrl } from '../server/auth/public-url.js';
import { loadConfig } from '../server/config.js';
import { emailSchema } from '../server/contract/auth.js';
import type { Database } from '../server/db/database.js';
import { roleSchema } from '../server/domain/actor.js';
import { createSignInLink, signInLinkMinutes } from '../server/repositories/sign-in-link-repository.js';
import { createToken, listTokens, revokeToken } from '../server/repositories/token-repository.js';
import {
  createUser,
  listUsers,
  removeUser,
  requireUserByEmail,
  setUserRole,
} from '../server/repositories/user-repository.js';
import { connectForScript } from './connect.js';
import { shellActor } from './shell-actor.js';

// npm run user -- <command>: people and API tokens, written straight to the database by the person at the
// server's shell (recorded as cli:<os user>). Commands that make a secret print it as their last line.

const usage = `usage: npm run user -- <command>
  add <email> --role viewer|editor|admin   add a person (prints a one-time sign-in link)
  list                                     everyone who may sign in
  remove <email>                           remove a person, their sessions and tokens
  role <email> <viewer|editor|admin>       change a person's role
  link <email>                             a one-time sign-in link (${signInLinkMinutes} minutes)
  token <email> [--name N]                 a new API token (shown once)
  tokens [email]                           API tokens (never the tokens themselves)
  revoke <token id>                        revoke an API token`;

const commands: Record<
  string,
  (db: Database, args: string[], options: { role?: string; name?: string }) => Promise<void>
> = {
  add: async (db, [email], { role }) => {
    const user = await createUser(db, { email: emailSchema.parse(email), role: roleSchema.parse(role) }, shellActor());
    console.log(`Added ${user.email} as ${user.role}. They can sign in once with this link:`);
    console.log(signInLinkUrl(loadConfig(), await createSignInLink(db, user.id)));
  },
  list: async (db) => {
    for (const user of await listUsers(db))
      console.log(
        `${user.email}\t${user.role}\t${user.hasPassword ? 'password' : 'no password'}\tsince ${user.createdAt}`,
      );
  },
  remove: async (db, [email]) => {
    const user = await requireUserByEmail(db, emailSchema.parse(email));
    await removeUser(db, user.id, shellActor());
    console.log(`Removed ${user.email}.`);
  },
  role: async (db, [email, role]) => {
    const user = await requireUserByEmail(db, emailSchema.parse(email));
    const changed = await setUserRole(db, user.id, roleSchema.parse(role), shellActor());
    console.log(`${changed.email} is now ${changed.role} (their sessions were ended).`);
  },
  link: async (db, [email]) => {
    const user = await requireUserByEmail(db, emailSchema.parse(email));
    console.log(`A sign-in link for ${user.email}, valid once for ${signInLinkMinutes} minutes:`);
    console.log(signInLinkUrl(loadConfig(), await createSignInLink(db, user.id)));
  },
  token: async (db, [email], { name }) => {
    const user = await requireUserByEmail(db, emailSchema.parse(email));
    const created = await createToken(db, user.id, name ?? 'cli', shellActor());
    console.log(`API token "${created.name}" for ${user.email} (${created.id}); it is shown only now:`);
    console.log(created.token);
  },
  tokens: async (db, [email]) => {
    for (const token of await listTokens(db, email ? emailSchema.parse(email) : null))
      console.log(
        `${token.id}\t${token.name}\t${token.email}\tcreated ${token.createdAt}\tlast used ${token.lastUsedAt ?? 'never'}`,
      );
  },
  revoke: async (db, [id]) => {
    await revokeToken(db, z.string().min(1).parse(id), shellActor());
    console.log(`Revoked ${id}.`);
  },
};

const main = async (): Promise<number> => {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { role: { type: 'string' }, name: { type: 'string' } },
  });
  const [command, ...args] = positionals;
  const run = command ? commands[command] : undefined;
  if (!run) {
    console.error(usage);
    return 2;
  }
  const { db } = await connectForScript(loadConfig());
  try {
    await run(db, args, values);
    return 0;
  } finally {
    await db.close();
  }
};

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof z.ZodError) console.error(error.issues.map((issue) => issue.message).join('; '));
    else console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
