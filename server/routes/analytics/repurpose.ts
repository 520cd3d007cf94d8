import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { readAnalytics } from '../../repositories/analytics-inputs.js';
import { findRepurposeCandidates } from '../../analytics/repurpose/index.js';
import { analyticsContext } from '../../analytics/shared/context.js';
import { filtersQuery } from '../../contract/analytics/refs-and-filters.js';
import { repurposeQuery, repurposeResponse } from '../../contract/analytics/repurpose.js';
import { problemSchema as problem } from '../../contract/problem.js';
import { withFigureProvenance } from '../../contract/provenance.js';
import { withProvenance } from './with-provenance.js';

/** GET /api/analytics/repurpose (docs/analytics.md), in one read transaction. */
const repurposeRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/analytics/repurpose',
    {
      schema: {
        tags: ['analytics'],
        summary:
          'Unrestricted streams that are under-used or fund objectives nobody requests, with the gaps they could help',
        querystring: filtersQuery.extend(repurposeQuery.shape),
        response: { 200: withFigureProvenance(repurposeResponse), 400: problem, 404: problem },
      },
    },
    async (request) =>
      readAnalytics(app.db, async (reads) => {
        const { threshold, gaps, ...query } = request.query;
        const found = await findRepurposeCandidates(reads, await analyticsContext(reads, query), { threshold, gaps });
        return withProvenance(reads, 'repurpose', found);
      }),
  );
};

export default repurposeRoutes;
