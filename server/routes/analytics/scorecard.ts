import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { readAnalytics } from '../../repositories/analytics-inputs.js';
import { computeScorecard } from '../../analytics/scorecard/index.js';
import { analyticsContext } from '../../analytics/shared/context.js';
import { filtersQuery } from '../../contract/analytics/refs-and-filters.js';
import { scorecardResponse } from '../../contract/analytics/scorecard.js';
import { problemSchema as problem } from '../../contract/problem.js';
import { withFigureProvenance } from '../../contract/provenance.js';
import { withProvenance } from './with-provenance.js';

/** GET /api/analytics/scorecard (docs/analytics.md), in one read transaction; its settings are in scorecard-settings.ts. */
const scorecardRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/analytics/scorecard',
    {
      schema: {
        tags: ['analytics'],
        summary: 'Alignment indicators the user chose, with their own targets',
        querystring: filtersQuery,
        response: { 200: withFigureProvenance(scorecardResponse), 400: problem, 404: problem },
      },
    },
    async (request) =>
      readAnalytics(app.db, async (reads) =>
        withProvenance(reads, 'scorecard', await computeScorecard(reads, await analyticsContext(reads, request.query))),
      ),
  );
};

export default scorecardRoutes;
