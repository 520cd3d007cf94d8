import { describe, expect, it } from 'vitest';
import { oidcSettings, parseRoleMap, roleFromClaims } from '../../server/auth/oidc-settings.js';

const settings = (map: string, defaultRole: 'viewer' | null = null) => ({
  roleClaim: 'groups',
  roleMap: parseRoleMap(map),
  defaultRole,
});

describe('the role a single sign-on gives', () => {
  it('is the highest role any claim value maps to', () => {
    const rule = settings('staff=viewer, braid-admins=admin, braid-editors=editor');
    expect(roleFromClaims({ groups: ['braid-editors', 'staff'] }, rule)).toBe('editor');
    expect(roleFromClaims({ groups: ['staff', 'braid-admins', 'braid-editors'] }, rule)).toBe('admin');
    expect(roleFromClaims({ groups: 'staff' }, rule)).toBe('viewer');
  });

  it('falls back to the default role, or refuses (null) when there is none', () => {
    expect(roleFromClaims({ groups: ['contractors'] }, settings('staff=viewer'))).toBeNull();
    expect(roleFromClaims({}, settings('staff=viewer'))).toBeNull();
    expect(roleFromClaims({ groups: [42] }, settings('staff=viewer', 'viewer'))).toBe('viewer');
  });

  it('refuses a malformed map or half a configuration at start', () => {
    expect(() => parseRoleMap('staff=owner')).toThrow('BRAID_OIDC_ROLE_MAP entry "staff=owner"');
    expect(() => parseRoleMap('=admin')).toThrow('must be value=viewer|editor|admin');
    expect(parseRoleMap('a=b=editor').get('a=b')).toBe('editor');
    const base = {
      BRAID_OIDC_NAME: 'Okta',
      BRAID_OIDC_SCOPES: 'openid',
      BRAID_OIDC_ROLE_CLAIM: 'groups',
      BRAID_OIDC_ROLE_MAP: '',
      BRAID_OIDC_DEFAULT_ROLE: 'none' as const,
    };
    expect(oidcSettings(base, 'http://localhost:3000')).toBeNull();
    expect(() => oidcSettings({ ...base, BRAID_OIDC_ISSUER: 'https://idp.example' }, 'x')).toThrow(
      'BRAID_OIDC_CLIENT_ID',
    );
    const full = oidcSettings(
      { ...base, BRAID_OIDC_ISSUER: 'https://idp.example', BRAID_OIDC_CLIENT_ID: 'c', BRAID_OIDC_CLIENT_SECRET: 's' },
      'https://braid.state.gov',
    );
    expect(full?.redirectUri).toBe('https://braid.state.gov/api/auth/oidc/callback');
    expect(full?.defaultRole).toBeNull();
  });
});
