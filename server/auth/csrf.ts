import type { FastifyRequest } from 'fastify';
import { HttpProblem } from '../http/http-problem.js';

/** The client sends this header on every call; a page on another origin cannot without a CORS preflight. */
export const clientHeader = 'x-braid-client';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Cookie-authenticated writes must come from Braid's own pages: the browser's Sec-Fetch-Site and Origin say
 * where a request comes from, and the custom header proves it was sent by script on a Braid origin. (A
 * multipart POST from another site needs no preflight, so the cookie alone proves nothing.)
 */
export const checkSameOrigin = (request: FastifyRequest): void => {
  if (safeMethods.has(request.method)) return;
  const site = request.headers['sec-fetch-site'];
  const origin = request.headers.origin;
  const fromElsewhere =
    (typeof site === 'string' && site !== 'same-origin' && site !== 'none') ||
    (typeof origin === 'string' && origin !== 'null' && !sameOrigin(origin, `${request.protocol}://${request.host}`)) ||
    origin === 'null' ||
    request.headers[clientHeader] === undefined;
  if (fromElsewhere)
    throw new HttpProblem(
      403,
      'Cross-site request refused',
      'This change did not come from a Braid page, so it was refused. Use Braid itself, or an API token.',
    );
};

// Through URL, so that http://localhost and http://localhost:80 are the same origin.
const sameOrigin = (origin: string, own: string): boolean => {
  try {
    return new URL(origin).origin === new URL(own).origin;
  } catch {
    return false;
  }
};
