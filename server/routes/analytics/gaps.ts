import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { readAnalytics } from '../../repositories/analytics-inputs.js';
import { findGaps } from '../../analytics/gaps/index.js';
import { analyticsContext } from '../../analytics/shared/context.js';
import { gapsResponse } from '../../contract/analytics/gaps.js';
import { filtersQuery } from '../../contract/analytics/refs-and-filters.js';
import { problemSchema as problem } from '../../contract/problem.js';
import { withFigureProvenance } from '../../contract/provenance.js';
import { withProvenance } from './with-provenance.js';

/** GET /api/analytics/gaps (docs/analytics.md), in one read transaction. */
const gapsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/analytics/gaps',
    {
      schema: {
        tags: ['analytics'],
        summary: 'Requested solutions with the money eligible for them, and requests no stream is eligible for',
        querystring: filtersQuery,
        response: { 200: withFigureProvenance(gapsResponse), 400: problem, 404: problem },
      },
    },
    async (request) =>
      readAnalytics(app.db, async (reads) =>
        withProvenance(reads, 'gaps', await findGaps(reads, await analyticsContext(reads, request.query))),
      ),
  );
};

export default gapsRoutes;
