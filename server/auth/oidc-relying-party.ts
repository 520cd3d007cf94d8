import * as oidc from 'openid-client';
import type { OidcSettings } from './oidc-settings.js';
import type { PendingOidcLogin } from '../repositories/oidc-login-repository.js';

// Braid as an OpenID Connect relying party, with openid-client: the authorization code flow with PKCE (S256),
// state and nonce; openid-client checks the ID token's signature (the provider's JWKS), issuer, audience,
// expiry and nonce, and the PKCE verifier goes to the token endpoint.

/** Why a provider's answer was refused, in words for the person; the detail of the check stays in the log. */
export class OidcRefused extends Error {
  override readonly name = 'OidcRefused';
}

/** The provider cannot be reached (discovery or the token endpoint); trying again later may work. */
export class OidcUnreachable extends Error {
  override readonly name = 'OidcUnreachable';
}

const loopbackHosts = new Set(['127.0.0.1', 'localhost', '[::1]']);

export class OidcRelyingParty {
  #configuration: Promise<oidc.Configuration> | null = null;

  constructor(readonly settings: OidcSettings) {}

  // Discovery at first use, and again after a failure, so a provider that is down when Braid starts only
  // delays single sign-on. Plain http is allowed for a provider on this machine only (tests, a local IdP).
  #discover(): Promise<oidc.Configuration> {
    const { issuer, clientId, clientSecret } = this.settings;
    const insecure = issuer.protocol === 'http:' && loopbackHosts.has(issuer.hostname);
    // Non-repudiation checks: the ID token's signature is verified against the provider's JWKS too (openid-client
    // otherwise trusts a token that came straight from the token endpoint over TLS).
    const execute = [oidc.enableNonRepudiationChecks, ...(insecure ? [oidc.allowInsecureRequests] : [])];
    this.#configuration ??= oidc
      .discovery(issuer, clientId, clientSecret, undefined, { execute })
      .catch((error: unknown) => {
        this.#configuration = null;
        throw new OidcUnreachable(
          `Braid cannot reach the single sign-on provider (${issuer.origin}) right now (${describe(error)}). Try again in a moment.`,
        );
      });
    return this.#configuration;
  }

  /** Where to send the browser, and what its answer must match (kept in the graph until it comes back). */
  async begin(): Promise<{ url: URL; pending: PendingOidcLogin }> {
    const configuration = await this.#discover();
    const pending = { state: oidc.randomState(), nonce: oidc.randomNonce(), verifier: oidc.randomPKCECodeVerifier() };
    const url = oidc.buildAuthorizationUrl(configuration, {
      redirect_uri: this.settings.redirectUri,
      scope: this.settings.scopes,
      state: pending.state,
      nonce: pending.nonce,
      code_challenge: await oidc.calculatePKCECodeChallenge(pending.verifier),
      code_challenge_method: 'S256',
    });
    return { url, pending };
  }

  /**
   * Checks the provider's answer (the callback URL as the browser opened it) and returns the person's claims:
   * the ID token's, over what the userinfo endpoint adds (some providers put email or groups only there).
   */
  async finish(callbackUrl: URL, pending: PendingOidcLogin): Promise<Record<string, unknown>> {
    const configuration = await this.#discover();
    try {
      const tokens = await oidc.authorizationCodeGrant(configuration, callbackUrl, {
        pkceCodeVerifier: pending.verifier,
        expectedState: pending.state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      });
      const claims = tokens.claims();
      if (!claims) throw new OidcRefused('the provider sent no ID token');
      const userinfoEndpoint = configuration.serverMetadata().userinfo_endpoint;
      const userinfo = userinfoEndpoint ? await oidc.fetchUserInfo(configuration, tokens.access_token, claims.sub) : {};
      return { ...userinfo, ...claims };
    } catch (error) {
      if (error instanceof OidcRefused) throw error;
      if (error instanceof TypeError && /fetch failed/.test(error.message))
        throw new OidcUnreachable('Braid cannot reach the single sign-on provider right now. Try again in a moment.');
      throw new OidcRefused(describe(error));
    }
  }
}

function describe(error: unknown): string {
  if (error instanceof oidc.AuthorizationResponseError) return `the provider answered ${error.error}`;
  if (error instanceof oidc.ResponseBodyError) return `the provider's token endpoint answered ${error.error}`;
  if (!(error instanceof Error)) return String(error);
  // openid-client names the kind of failure; its cause names the check ('unexpected "state" ...').
  return error.cause instanceof Error ? `${error.message} (${error.cause.message})` : error.message;
}
