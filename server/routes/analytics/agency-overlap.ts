import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { readAnalytics } from '../../repositories/analytics-inputs.js';
import { findAgencyOverlap } from '../../analytics/agency-overlap/index.js';
import { analyticsContext } from '../../analytics/shared/context.js';
import { agencyOverlapResponse } from '../../contract/analytics/agency-overlap.js';
import { filtersQuery, pairLimitQuery } from '../../contract/analytics/refs-and-filters.js';
import { problemSchema as problem } from '../../contract/problem.js';
import { withFigureProvenance } from '../../contract/provenance.js';
import { withProvenance } from './with-provenance.js';

/** GET /api/analytics/agency-overlap (docs/analytics.md), in one read transaction. */
const agencyOverlapRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/analytics/agency-overlap',
    {
      schema: {
        tags: ['analytics'],
        summary: 'Pairs of agencies that share objectives, with the Jaccard similarity of their objective sets',
        querystring: filtersQuery.extend(pairLimitQuery.shape),
        response: { 200: withFigureProvenance(agencyOverlapResponse), 400: problem, 404: problem },
      },
    },
    async (request) => {
      const { limit, ...query } = request.query;
      return readAnalytics(app.db, async (reads) =>
        withProvenance(
          reads,
          'agency-overlap',
          await findAgencyOverlap(reads, await analyticsContext(reads, query), limit),
        ),
      );
    },
  );
};

export default agencyOverlapRoutes;
