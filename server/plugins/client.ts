import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import fp from 'fastify-plugin';
import { HttpProblem } from '../http/http-problem.js';

// Fastify's router refuses path parameters over 100 characters (414); this wildcard would take them instead.
const maxParamLength = 100;

/** Serves the built client (dist/client) and answers unknown non-API paths with index.html (client routing). */
export default fp<{ root: string }>(
  async (app, { root }) => {
    if (!existsSync(join(root, 'index.html'))) {
      app.log.warn(`No built client in ${root}; run npm run build. The API still works.`);
      return;
    }
    // The build writes .br and .gz beside each asset (vite.config.ts): sent as they are to browsers that take them.
    await app.register(fastifyStatic, { root, wildcard: false, preCompressed: true });
    // Not an API operation: kept out of the OpenAPI document (and its role walk), public like every page.
    app.get('/*', { schema: { hide: true } }, (request, reply) => {
      if (request.url.startsWith('/api/')) {
        const path = request.url.split('?')[0] ?? '';
        if (path.split('/').some((part) => part.length > maxParamLength))
          throw new HttpProblem(414, 'URI too long', 'A part of the address is longer than the server accepts.');
        reply.callNotFound();
        return reply;
      }
      return reply.sendFile('index.html');
    });
  },
  { name: 'client' },
);
