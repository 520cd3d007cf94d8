import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { readAnalytics } from '../../repositories/analytics-inputs.js';
import { findNetwork } from '../../analytics/network/index.js';
import { analyticsContext } from '../../analytics/shared/context.js';
import { networkResponse } from '../../contract/analytics/network.js';
import { filtersQuery } from '../../contract/analytics/refs-and-filters.js';
import { problemSchema as problem } from '../../contract/problem.js';
import { withFigureProvenance } from '../../contract/provenance.js';
import { withProvenance } from './with-provenance.js';

/** GET /api/analytics/network (docs/analytics.md), in one read transaction. */
const networkRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/analytics/network',
    {
      schema: {
        tags: ['analytics'],
        summary:
          'Funding families (communities of streams linked by shared objectives) and centrality of agencies and objectives',
        querystring: filtersQuery,
        response: { 200: withFigureProvenance(networkResponse), 400: problem, 404: problem },
      },
    },
    async (request) =>
      readAnalytics(app.db, async (reads) =>
        withProvenance(reads, 'network', await findNetwork(reads, await analyticsContext(reads, request.query))),
      ),
  );
};

export default networkRoutes;
