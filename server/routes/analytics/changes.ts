import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { readAnalytics } from '../../repositories/analytics-inputs.js';
import { findYearChanges } from '../../analytics/changes/index.js';
import { yearChangesQuery, yearChangesResponse } from '../../contract/analytics/changes.js';
import { problemSchema as problem } from '../../contract/problem.js';
import { withFigureProvenance } from '../../contract/provenance.js';
import { withProvenance } from './with-provenance.js';

/**
 * GET /api/analytics/changes: year over year (docs/analytics.md#year-over-year), in one read transaction. Not the
 * import change-sets at /api/changes (routes/changes.ts).
 */
const yearOverYearRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/analytics/changes',
    {
      config: { role: 'viewer' },
      schema: {
        tags: ['analytics'],
        summary: 'Year over year: streams new, ended or changed; findings, competing pairs and gaps gained or resolved',
        description:
          'Compares two fiscal years. Streams are matched by Assistance Listing and name series. Not the import change-sets of /api/changes.',
        querystring: yearChangesQuery,
        response: { 200: withFigureProvenance(yearChangesResponse), 400: problem },
      },
    },
    async (request) =>
      readAnalytics(app.db, async (reads) =>
        withProvenance(reads, 'changes', await findYearChanges(reads, request.query.from, request.query.to)),
      ),
  );
};

export default yearOverYearRoutes;
