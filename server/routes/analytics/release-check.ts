import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { readAnalytics } from '../../repositories/analytics-inputs.js';
import { checkRelease } from '../../analytics/release-check/index.js';
import { analyticsContext } from '../../analytics/shared/context.js';
import { releaseCheckResponse, releaseDraft } from '../../contract/analytics/release-check.js';
import { problemSchema as problem } from '../../contract/problem.js';
import { withFigureProvenance } from '../../contract/provenance.js';
import { withProvenance } from './with-provenance.js';

/** POST /api/analytics/release-check (docs/analytics.md), in one read transaction. */
const releaseCheckRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/analytics/release-check',
    {
      // A POST only because the draft is a body: nothing is saved, so reading is enough.
      config: { role: 'viewer' },
      schema: {
        tags: ['analytics'],
        summary: 'Check a draft release (not saved): what it would compete with, duplicate, serve and narrow',
        body: releaseDraft,
        response: { 200: withFigureProvenance(releaseCheckResponse), 400: problem },
      },
    },
    async (request) =>
      readAnalytics(app.db, async (reads) =>
        withProvenance(
          reads,
          'release-check',
          await checkRelease(reads, await analyticsContext(reads, {}), request.body),
        ),
      ),
  );
};

export default releaseCheckRoutes;
