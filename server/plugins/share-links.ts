import type { FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { ShareLink } from '../contract/share-links.js';
import { entities } from '../domain/catalog.js';
import { HttpProblem } from '../http/http-problem.js';
import { findShareLink } from '../repositories/share-link-repository.js';

// A share link acts as a read-only visitor (actor kind `share`, role viewer) that may read only what its
// view shows. Its page (/share/<token>) may be framed by the configured origins, and nothing else may.

declare module 'fastify' {
  interface FastifyRequest {
    shareLink: ShareLink | null;
  }
}

export const shareHeader = 'x-braid-share';

type Params = Record<string, string | undefined>;

/** One row of any table (`/api/<table>/:key`): what a map's details panel reads of the nodes it shows. */
const oneRow = new Set(entities.map((entity) => `/api/${entity.path}/:key`));

/** What an analytics view's filter bar reads: the years and names to filter by, and the provenance line. */
const filterBar = new Set(['/api/analytics/filter-options', '/api/provenance']);

/** The API routes each shared view reads (GET only), beyond opening the link itself. */
const readsOf: Record<ShareLink['view'], (url: string, params: Params, link: ShareLink, query: Params) => boolean> = {
  // Its own saved view only: the list of every saved view is not part of a shared map.
  map: (url, params, link) =>
    url === '/api/graph' || (url === '/api/graph/views/:id' && params.id === link.target) || oneRow.has(url),
  finder: (url, params, link, query) =>
    url === '/api/analytics/applicant-types' ||
    url === '/api/partnerships' ||
    (url === '/api/analytics/match/:partnershipId' && params.partnershipId === link.target) ||
    (url === '/api/analytics/braid' && query.partnership_id === link.target),
  scorecard: (url) => url === '/api/analytics/scorecard' || url === '/api/scorecard/settings' || filterBar.has(url),
  // The timeline draws the year's releases from the map.
  'competing-releases': (url) =>
    url === '/api/analytics/competing-releases' || url === '/api/graph' || filterBar.has(url),
};

const mayRead = (request: FastifyRequest, link: ShareLink): boolean => {
  // A table's list answers at /api/<table> and /api/<table>/ alike: one name for both.
  const url = (request.routeOptions.url ?? '').replace(/(.)\/$/, '$1');
  if (url === '/api/share/:token' || url === '/api/health') return true;
  return request.method === 'GET' && readsOf[link.view](url, request.params as Params, link, request.query as Params);
};

const closed = (link: ShareLink) =>
  new HttpProblem(
    410,
    link.status === 'revoked' ? 'Share link revoked' : 'Share link expired',
    `This link ("${link.name}") ${link.status === 'revoked' ? 'was revoked' : `expired on ${link.expires_at.slice(0, 10)}`}; ask whoever shared it for a new one.`,
  );

export interface ShareLinkOptions {
  /** Origins that may show share links in an iframe (BRAID_FRAME_ANCESTORS). */
  frameAncestors: string[];
}

export default fp<ShareLinkOptions>(
  async (app, { frameAncestors }) => {
    app.decorateRequest('shareLink', null);
    app.addActorResolver(async (request) => {
      const token = request.headers[shareHeader];
      if (typeof token !== 'string' || token === '') return null;
      const link = await findShareLink(app.db, token);
      if (!link) throw new HttpProblem(404, 'No such share link', 'This share link does not exist; check the address.');
      if (link.status !== 'active') throw closed(link);
      request.shareLink = link;
      return { id: `share:${link.id}`, kind: 'share', role: 'viewer', label: `share link "${link.name}"` };
    });
    app.addHook('onRequest', async (request) => {
      const link = request.shareLink;
      if (request.actor.kind !== 'share' || !link || request.is404) return;
      if (!mayRead(request, link))
        throw new HttpProblem(
          403,
          'Not part of this shared view',
          `The share link "${link.name}" shows the ${link.view} view only; sign in to see the rest of Braid.`,
        );
    });
    // Only the share page may be framed, and only by the configured origins.
    const ancestors = frameAncestors.length > 0 ? frameAncestors.join(' ') : "'none'";
    app.addHook('onSend', async (request, reply) => {
      if (!request.url.startsWith('/share/')) return;
      const policy = reply.getHeader('content-security-policy');
      const others =
        typeof policy === 'string'
          ? policy
              .split(';')
              .map((directive) => directive.trim())
              .filter((directive) => directive !== '' && !directive.startsWith('frame-ancestors'))
          : [];
      reply.header('content-security-policy', [...others, `frame-ancestors ${ancestors}`].join('; '));
      reply.removeHeader('x-frame-options');
    });
  },
  { name: 'share-links', dependencies: ['actor', 'database'] },
);
