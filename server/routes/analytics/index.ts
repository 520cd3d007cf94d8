import type { FastifyPluginAsync } from 'fastify';
import agencyOverlapRoutes from './agency-overlap.js';
import braidRoutes from './braid.js';
import changesRoutes from './changes.js';
import competingReleasesRoutes from './competing-releases.js';
import duplicatedObjectivesRoutes from './duplicated-objectives.js';
import filterOptionsRoutes from './filter-options.js';
import finderRoutes from './finder.js';
import gaoReviewRoutes from './gao-review.js';
import gapsRoutes from './gaps.js';
import moneyFlowRoutes from './money-flow.js';
import networkRoutes from './network.js';
import releaseCheckRoutes from './release-check.js';
import repurposeRoutes from './repurpose.js';
import scorecardSettingsRoutes from './scorecard-settings.js';
import scorecardRoutes from './scorecard.js';

/**
 * The alignment analytics at /api/analytics/* (docs/analytics.md): one routes file per analytic, named with the
 * URL's word, as its code is in server/analytics/<name>/. A new analytic is one file here and one line below.
 */
export const analyticRoutes = [
  duplicatedObjectivesRoutes,
  agencyOverlapRoutes,
  competingReleasesRoutes,
  gapsRoutes,
  finderRoutes,
  braidRoutes,
  repurposeRoutes,
  networkRoutes,
  releaseCheckRoutes,
  scorecardRoutes,
  scorecardSettingsRoutes,
  gaoReviewRoutes,
  moneyFlowRoutes,
  changesRoutes,
  filterOptionsRoutes,
];

const analyticsRoutes: FastifyPluginAsync = async (app) => {
  for (const routes of analyticRoutes) await app.register(routes);
};

export default analyticsRoutes;
