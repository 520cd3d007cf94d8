import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { readAnalytics } from '../../repositories/analytics-inputs.js';
import { forRequestYear, planBraiding, requestNotFound } from '../../analytics/braid/index.js';
import { analyticsContext } from '../../analytics/shared/context.js';
import { readRequests } from '../../analytics/shared/requests.js';
import { braidQuery, braidResponse } from '../../contract/analytics/braid.js';
import { filtersQuery } from '../../contract/analytics/refs-and-filters.js';
import { problemSchema as problem } from '../../contract/problem.js';
import { withFigureProvenance } from '../../contract/provenance.js';
import { withProvenance } from './with-provenance.js';

const streamFilters = filtersQuery.pick({ fiscal_year: true, agency_id: true });

/** GET /api/analytics/braid (docs/analytics.md), in one read transaction. */
const braidRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/analytics/braid',
    {
      schema: {
        tags: ['analytics'],
        summary: "A braiding plan: eligible streams that together cover one request's cost",
        description: "Fiscal year: the one given, else the request's year, else the latest.",
        querystring: streamFilters.extend(braidQuery.shape),
        response: { 200: withFigureProvenance(braidResponse), 400: problem, 404: problem },
      },
    },
    async (request) =>
      readAnalytics(app.db, async (reads) => {
        const { partnership_id, solution_id, cost, ...query } = request.query;
        const context = await analyticsContext(reads, query);
        const [found] = await readRequests(reads, context.reference, {
          fiscal_year: null,
          partnership_id,
          solution_id,
        });
        if (!found) throw requestNotFound(partnership_id, solution_id);
        const plan = await planBraiding(reads, forRequestYear(context, query.fiscal_year, found), found, cost);
        return withProvenance(reads, 'braid', plan);
      }),
  );
};

export default braidRoutes;
