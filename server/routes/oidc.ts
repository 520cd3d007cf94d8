import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { OidcRefused, OidcUnreachable, type OidcRelyingParty } from '../auth/oidc-relying-party.js';
import { mappedRole } from '../auth/oidc-settings.js';
import { emailSchema } from '../contract/auth.js';
import { Conflict } from '../domain/errors.js';
import { HttpProblem } from '../http/http-problem.js';
import {
  consumePendingOidcLogin,
  oidcLoginMinutes,
  savePendingOidcLogin,
} from '../repositories/oidc-login-repository.js';
import { signInWithOidc } from '../repositories/oidc-user-repository.js';

const tags = ['sign-in'];
export const oidcCookie = 'braid_oidc';
const cookiePath = '/api/auth/oidc';
const publicRoute = { role: 'public' as const, rateLimit: { max: 30, timeWindow: '1 minute' } };

/** Why a single sign-on was refused: the code the sign-in page turns into words, and the problem+json. */
type Refusal = 'not-configured' | 'no-sign-in' | 'refused' | 'no-role' | 'disabled' | 'email-taken' | 'unreachable';

const problem = (refusal: Refusal, status: number, title: string, detail: string) =>
  new HttpProblem(status, title, detail, { refusal });

// A browser that follows the provider's redirect gets the sign-in page with the reason; an API client (and the
// tests) the problem+json itself.
const refuse = (request: FastifyRequest, reply: FastifyReply, error: HttpProblem) => {
  if (!request.headers.accept?.includes('text/html')) throw error;
  return reply.redirect(`/sign-in?sso=${String(error.extra.refusal)}`, 303);
};

const asProblem = (error: unknown): HttpProblem => {
  if (error instanceof HttpProblem) return error;
  if (error instanceof OidcRefused)
    return problem(
      'refused',
      401,
      'Single sign-on refused',
      `Braid did not accept the provider's answer: ${error.message}.`,
    );
  if (error instanceof OidcUnreachable) return problem('unreachable', 503, 'Single sign-on unavailable', error.message);
  if (error instanceof Conflict) return problem('email-taken', 409, error.title, error.message);
  throw error;
};

/** The person's email for display; a provider that sends none gives `<subject>@<issuer host>`. */
const displayEmail = (claims: Record<string, unknown>, issuer: URL): string => {
  const email = emailSchema.safeParse(claims.email);
  return email.success ? email.data : `${String(claims.sub).toLowerCase()}@${issuer.hostname}`;
};

/** Single sign-on with OpenID Connect (server/auth/oidc-relying-party.ts); 404 when it is not configured. */
const oidcRoutes: FastifyPluginAsyncZod<{ relyingParty: OidcRelyingParty | null }> = async (app, { relyingParty }) => {
  const configured = (): OidcRelyingParty => {
    if (relyingParty) return relyingParty;
    throw problem(
      'not-configured',
      404,
      'Single sign-on is not configured',
      'This Braid has no single sign-on provider: sign in with your email.',
    );
  };

  app.get(
    '/auth/oidc/start',
    {
      config: publicRoute,
      schema: { tags, summary: 'Start a single sign-on: goes to the provider' },
    },
    async (request, reply) => {
      try {
        const { url, pending } = await configured().begin();
        const secret = await savePendingOidcLogin(app.db, pending);
        reply.setCookie(oidcCookie, secret, {
          path: cookiePath,
          httpOnly: true,
          // Lax: the provider's redirect back is a top-level GET from another site, which must carry it.
          sameSite: 'lax',
          secure: request.protocol === 'https',
          maxAge: oidcLoginMinutes * 60,
        });
        return await reply.redirect(url.href, 302);
      } catch (error) {
        return refuse(request, reply, asProblem(error));
      }
    },
  );

  app.get(
    '/auth/oidc/callback',
    {
      config: publicRoute,
      schema: {
        tags,
        summary: "The provider's answer: checks it, signs the person in and goes to the app",
        querystring: z.record(z.string(), z.string().max(4000)),
      },
    },
    async (request, reply) => {
      try {
        const rp = configured();
        const secret = request.cookies[oidcCookie];
        reply.clearCookie(oidcCookie, { path: cookiePath });
        const pending = secret ? await consumePendingOidcLogin(app.db, secret) : null;
        if (!pending)
          throw problem(
            'no-sign-in',
            400,
            'No single sign-on in progress',
            `This browser has no single sign-on in progress (it was used already, or more than ${oidcLoginMinutes} minutes passed). Start again from the sign-in page.`,
          );
        const callbackUrl = new URL(rp.settings.redirectUri);
        callbackUrl.search = new URL(request.url, 'http://braid').search;
        const claims = await rp.finish(callbackUrl, pending);
        const email = displayEmail(claims, rp.settings.issuer);
        const fromClaim = mappedRole(claims, rp.settings);
        const role = fromClaim ?? rp.settings.defaultRole;
        if (role === null)
          throw problem(
            'no-role',
            403,
            'No role in Braid',
            `${email} signed in with ${rp.settings.name}, but none of their "${rp.settings.roleClaim}" values gives a role in Braid. Ask an admin of this Braid.`,
          );
        const result = await signInWithOidc(app.db, {
          issuer: rp.settings.issuer.href,
          subject: String(claims.sub),
          email,
          emailVerified: claims.email_verified === true,
          role,
          fromClaim: fromClaim !== null,
        });
        if (result.outcome === 'disabled')
          throw problem(
            'disabled',
            403,
            'Account disabled',
            `The account of ${result.email} is disabled in Braid. Ask an admin of this Braid.`,
          );
        await app.sessions.start(reply, result.user.id, 'oidc');
        return await reply.redirect('/', 303);
      } catch (error) {
        return refuse(request, reply, asProblem(error));
      }
    },
  );
};

export default oidcRoutes;
