import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { readAnalytics } from '../../repositories/analytics-inputs.js';
import { analyticsContext } from '../../analytics/shared/context.js';
import { findMoneyFlow } from '../../analytics/money-flow/index.js';
import { moneyFlowQuery, moneyFlowResponse } from '../../contract/analytics/money-flow.js';
import { problemSchema as problem } from '../../contract/problem.js';
import { withFigureProvenance } from '../../contract/provenance.js';
import { withProvenance } from './with-provenance.js';

/** GET /api/analytics/money-flow (docs/analytics.md#money-flow), in one read transaction. */
const moneyFlowRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/analytics/money-flow',
    {
      config: { role: 'viewer' },
      schema: {
        tags: ['analytics'],
        summary: 'Money flow of a fiscal year: source of funds -> department -> agency -> objective -> partnership',
        description:
          'The bands of a Sankey picture. Money passed from one stream to another counts once, under the top stream; a stream supporting several objectives splits its money evenly across them; awards lead on to partnerships.',
        querystring: moneyFlowQuery,
        response: { 200: withFigureProvenance(moneyFlowResponse), 400: problem, 404: problem },
      },
    },
    async (request) =>
      readAnalytics(app.db, async (reads) =>
        withProvenance(reads, 'money-flow', await findMoneyFlow(reads, await analyticsContext(reads, request.query))),
      ),
  );
};

export default moneyFlowRoutes;
