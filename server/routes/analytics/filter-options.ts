import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { filterOptionsResponse } from '../../contract/analytics/filter-options.js';
import { readFilterOptions } from '../../repositories/filter-options-repository.js';

/** GET /api/analytics/filter-options: the filter bar's choices, a few kB instead of the whole map. */
const filterOptionsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/analytics/filter-options',
    {
      schema: {
        tags: ['analytics'],
        summary: 'The fiscal years, agencies, sectors and regions the analytics can be filtered by',
        response: { 200: filterOptionsResponse },
      },
    },
    async () => readFilterOptions(app.db),
  );
};

export default filterOptionsRoutes;
