import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { decodeJwt, exportJWK, generateKeyPair, SignJWT } from 'jose';
import Provider from 'oidc-provider';

// A real OpenID provider (oidc-provider) on loopback for the single sign-on tests, with its own development
// sign-in and consent pages (any password is accepted for a known test account). Its ID tokens can be
// rewritten on their way out, signed with the provider's own key or not, to test what Braid refuses.

export interface TestAccount {
  email?: string;
  email_verified?: boolean;
  groups?: string[];
}

export const testClient = { id: 'braid-test', secret: 'braid-test-secret-that-is-long-enough-for-hs256' };

export interface TestProvider {
  issuer: string;
  /** Rewrites the next ID tokens the token endpoint sends (null: send them as issued). */
  rewriteIdTokens(rewrite: ((idToken: string) => Promise<string>) | null): void;
  /** The token's claims changed and signed again with the provider's key: a valid signature on a bad token. */
  resign(idToken: string, changes: Record<string, unknown>): Promise<string>;
  close(): Promise<void>;
}

export const startTestProvider = async (
  redirectUri: string,
  accounts: Record<string, TestAccount>,
): Promise<TestProvider> => {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const kid = 'test-key';
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: testClient.id,
        client_secret: testClient.secret,
        redirect_uris: [redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    jwks: { keys: [{ ...(await exportJWK(privateKey)), kid, alg: 'RS256', use: 'sig' }] },
    cookies: { keys: ['test-provider-cookie-key'] },
    claims: { email: ['email', 'email_verified'], groups: ['groups'] },
    findAccount: (_ctx, id) => {
      const account = accounts[id];
      return account ? { accountId: id, claims: () => ({ sub: id, ...account }) } : undefined;
    },
  });
  let rewrite: ((idToken: string) => Promise<string>) | null = null;
  provider.use(async (ctx, next) => {
    await next();
    const body = ctx.body as { id_token?: string } | undefined;
    if (rewrite && ctx.path === '/token' && body?.id_token)
      ctx.body = { ...body, id_token: await rewrite(body.id_token) };
  });
  server.on('request', provider.callback());
  return {
    issuer,
    rewriteIdTokens: (next) => {
      rewrite = next;
    },
    resign: (idToken, changes) =>
      new SignJWT({ ...decodeJwt(idToken), ...changes }).setProtectedHeader({ alg: 'RS256', kid }).sign(privateKey),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
};
