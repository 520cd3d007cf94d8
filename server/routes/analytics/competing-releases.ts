import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { readAnalytics } from '../../repositories/analytics-inputs.js';
import { defaultSelection, findCompetingReleases } from '../../analytics/competing-releases/index.js';
import { analyticsContext } from '../../analytics/shared/context.js';
import {
  competingLevels,
  competingReleasesQuery,
  competingReleasesResponse,
} from '../../contract/analytics/competing-releases.js';
import { filtersQuery } from '../../contract/analytics/refs-and-filters.js';
import { problemSchema as problem } from '../../contract/problem.js';
import { withFigureProvenance } from '../../contract/provenance.js';
import { withProvenance } from './with-provenance.js';

/** GET /api/analytics/competing-releases (docs/analytics.md), in one read transaction. */
const competingReleasesRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/analytics/competing-releases',
    {
      schema: {
        tags: ['analytics'],
        summary: 'Pairs of releases open at the same time for a common objective with intersecting scopes',
        description: 'With from or to and no fiscal_year, every fiscal year counts.',
        querystring: filtersQuery.extend(competingReleasesQuery.shape),
        response: { 200: withFigureProvenance(competingReleasesResponse), 400: problem, 404: problem },
      },
    },
    async (request) => {
      const { from, to, limit, level, same_department, ...query } = request.query;
      const period = { from: from ?? null, to: to ?? null };
      const fiscalYear = query.fiscal_year ?? (from || to ? 'all' : undefined);
      const selection = {
        levels: level === undefined ? defaultSelection.levels : level === 'all' ? competingLevels : [level],
        sameDepartment: same_department === undefined ? null : same_department === 'true',
      };
      return readAnalytics(app.db, async (reads) =>
        withProvenance(
          reads,
          'competing-releases',
          await findCompetingReleases(
            reads,
            await analyticsContext(reads, { ...query, fiscal_year: fiscalYear }),
            period,
            limit,
            selection,
          ),
        ),
      );
    },
  );
};

export default competingReleasesRoutes;
