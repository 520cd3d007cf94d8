import { describe, expect, it } from 'vitest';
import { mappedRole, oidcSettings, parseRoleMap } from '../../server/auth/oidc-settings.js';

const settings = (map: string) => ({ roleClaim: 'groups', roleMap: parseRoleMap(map) });

describe('the role a single sign-on gives', () => {
  it('is the highest role any claim value maps to', () => {
    const rule = settings('staff=viewer, braid-admins=admin, braid-editors=editor');
    expect(mappedRole({ groups: ['braid-editors', 'staff'] }, rule)).toBe('editor');
    expect(mappedRole({ groups: ['staff', 'braid-admins', 'braid-editors'] }, rule)).toBe('admin');
    expect(mappedRole({ groups: 'staff' }, rule)).toBe('viewer');
  });

  it('is null when no value maps (the route then takes the default role or refuses)', () => {
    expect(mappedRole({ groups: ['contractors'] }, settings('staff=viewer'))).toBeNull();
    expect(mappedRole({}, settings('staff=viewer'))).toBeNull();
    expect(mappedRole({ groups: [42, 'Staff'] }, settings('staff=viewer'))).toBeNull();
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
