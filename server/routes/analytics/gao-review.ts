import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { readAnalytics } from '../../repositories/analytics-inputs.js';
import { findGaoReview } from '../../analytics/gao-review/index.js';
import { analyticsContext } from '../../analytics/shared/context.js';
import { gaoReviewQuery, gaoReviewResponse } from '../../contract/gao-review.js';
import { problemSchema as problem } from '../../contract/problem.js';
import { withFigureProvenance } from '../../contract/provenance.js';
import { withProvenance } from './with-provenance.js';

/** GET /api/analytics/gao-review (docs/analytics.md#gao-review), in one read transaction. */
const gaoReviewRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/analytics/gao-review',
    {
      schema: {
        tags: ['analytics'],
        summary: 'GAO review of a fiscal year: fragmentation, overlap and duplication, with dollars and evidence',
        description:
          'Programs (streams with those their money passes through to) of different agencies: overlap when they share an objective and an activity or a beneficiary, duplication when both; fragmentation when an objective category is served by more than one department. Blank beneficiaries or activities are not known, never a match.',
        querystring: gaoReviewQuery,
        response: { 200: withFigureProvenance(gaoReviewResponse), 400: problem, 404: problem },
      },
    },
    async (request) => {
      const { limit, ...query } = request.query;
      return readAnalytics(app.db, async (reads) =>
        withProvenance(reads, 'gao-review', await findGaoReview(reads, await analyticsContext(reads, query), limit)),
      );
    },
  );
};

export default gaoReviewRoutes;
