import type { Config } from '../config.js';
import { roleSatisfies, roleSchema, type Role } from '../domain/actor.js';

// Single sign-on settings, read once from the configuration, and the one rule that turns a person's claims
// into a Braid role. Pure, so the rule is unit-tested without a provider.

export interface OidcSettings {
  issuer: URL;
  clientId: string;
  clientSecret: string;
  /** "Sign in with <name>". */
  name: string;
  scopes: string;
  roleClaim: string;
  roleMap: ReadonlyMap<string, Role>;
  /** null: a person none of whose claim values maps is refused. */
  defaultRole: Role | null;
  /** Where the provider sends the browser back: `<public URL>/api/auth/oidc/callback`. */
  redirectUri: string;
}

/** `Braid.Admins=admin, Braid.Editors=editor` as a map; a malformed entry stops the server at start. */
export const parseRoleMap = (text: string): Map<string, Role> => {
  const map = new Map<string, Role>();
  for (const entry of text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)) {
    const at = entry.lastIndexOf('=');
    const role = roleSchema.safeParse(entry.slice(at + 1).trim());
    if (at <= 0 || !role.success)
      throw new Error(`Invalid configuration: BRAID_OIDC_ROLE_MAP entry "${entry}" must be value=viewer|editor|admin`);
    map.set(entry.slice(0, at).trim(), role.data);
  }
  return map;
};

type OidcConfig = Pick<
  Config,
  | 'BRAID_OIDC_ISSUER'
  | 'BRAID_OIDC_CLIENT_ID'
  | 'BRAID_OIDC_CLIENT_SECRET'
  | 'BRAID_OIDC_NAME'
  | 'BRAID_OIDC_SCOPES'
  | 'BRAID_OIDC_ROLE_CLAIM'
  | 'BRAID_OIDC_ROLE_MAP'
  | 'BRAID_OIDC_DEFAULT_ROLE'
>;

/** The settings, or null when single sign-on is not configured; half a configuration stops the server. */
export const oidcSettings = (config: OidcConfig, publicUrl: string): OidcSettings | null => {
  const { BRAID_OIDC_ISSUER: issuer, BRAID_OIDC_CLIENT_ID: clientId, BRAID_OIDC_CLIENT_SECRET: secret } = config;
  if (!issuer && !clientId && !secret) return null;
  if (!issuer || !clientId || !secret)
    throw new Error(
      'Invalid configuration: single sign-on needs BRAID_OIDC_ISSUER, BRAID_OIDC_CLIENT_ID and BRAID_OIDC_CLIENT_SECRET',
    );
  return {
    issuer: new URL(issuer),
    clientId,
    clientSecret: secret,
    name: config.BRAID_OIDC_NAME,
    scopes: config.BRAID_OIDC_SCOPES,
    roleClaim: config.BRAID_OIDC_ROLE_CLAIM,
    roleMap: parseRoleMap(config.BRAID_OIDC_ROLE_MAP),
    defaultRole: config.BRAID_OIDC_DEFAULT_ROLE === 'none' ? null : config.BRAID_OIDC_DEFAULT_ROLE,
    redirectUri: `${publicUrl}/api/auth/oidc/callback`,
  };
};

/** The claim's values: some providers send one string, others (Entra's roles, Okta's groups) a list. */
const claimValues = (claim: unknown): string[] => {
  if (typeof claim === 'string') return [claim];
  if (Array.isArray(claim)) return claim.filter((value): value is string => typeof value === 'string');
  return [];
};

/** The highest role any of the person's claim values maps to, or null when none maps. */
export const mappedRole = (
  claims: Record<string, unknown>,
  settings: Pick<OidcSettings, 'roleClaim' | 'roleMap'>,
): Role | null => {
  let best: Role | null = null;
  for (const value of claimValues(claims[settings.roleClaim])) {
    const role = settings.roleMap.get(value);
    if (role && !roleSatisfies(best, role)) best = role;
  }
  return best;
};
