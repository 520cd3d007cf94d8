import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { readAnalytics } from '../../repositories/analytics-inputs.js';
import { findDuplicatedObjectives } from '../../analytics/duplicated-objectives/index.js';
import { analyticsContext } from '../../analytics/shared/context.js';
import { duplicatedObjectivesResponse } from '../../contract/analytics/duplicated-objectives.js';
import { filtersQuery } from '../../contract/analytics/refs-and-filters.js';
import { problemSchema as problem } from '../../contract/problem.js';
import { withFigureProvenance } from '../../contract/provenance.js';
import { withProvenance } from './with-provenance.js';

/** GET /api/analytics/duplicated-objectives (docs/analytics.md), in one read transaction. */
const duplicatedObjectivesRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/analytics/duplicated-objectives',
    {
      schema: {
        tags: ['analytics'],
        summary: 'Objectives supported by streams of two or more agencies (duplicated effort)',
        querystring: filtersQuery,
        response: { 200: withFigureProvenance(duplicatedObjectivesResponse), 400: problem, 404: problem },
      },
    },
    async (request) =>
      readAnalytics(app.db, async (reads) =>
        withProvenance(
          reads,
          'duplicated-objectives',
          await findDuplicatedObjectives(reads, await analyticsContext(reads, request.query)),
        ),
      ),
  );
};

export default duplicatedObjectivesRoutes;
