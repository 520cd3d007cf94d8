import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { readAnalytics } from '../../repositories/analytics-inputs.js';
import { readApplicantTypes } from '../../analytics/finder/applicant-types.js';
import { resolveAsOf } from '../../analytics/finder/default-as-of.js';
import { findFunding } from '../../analytics/finder/index.js';
import { adHocProfile, partnershipProfile } from '../../analytics/finder/profile.js';
import { analyticsContext } from '../../analytics/shared/context.js';
import {
  adHocFinderQuery,
  applicantTypesResponse,
  finderOptionsQuery,
  finderParams,
  finderResponse,
} from '../../contract/analytics/finder.js';
import { filtersQuery } from '../../contract/analytics/refs-and-filters.js';
import { problemSchema as problem } from '../../contract/problem.js';
import { withFigureProvenance } from '../../contract/provenance.js';
import { withProvenance } from './with-provenance.js';

const tags = ['analytics'];
const streamFilters = filtersQuery.pick({ fiscal_year: true, agency_id: true });

/**
 * The funding finder (docs/analytics.md), each in one read transaction. Its URLs keep the word "match" they were
 * published with; everything behind them says "finder", the user's word.
 */
const finderRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/analytics/match/:partnershipId',
    {
      schema: {
        tags,
        summary: "Streams eligible for a partnership's requests, ranked, with reasons and open or upcoming releases",
        params: finderParams,
        querystring: streamFilters.extend(finderOptionsQuery.shape),
        response: { 200: withFigureProvenance(finderResponse), 400: problem, 404: problem },
      },
    },
    async (request) =>
      readAnalytics(app.db, async (reads) => {
        const context = await analyticsContext(reads, request.query);
        const profile = await partnershipProfile(reads, context, request.params.partnershipId);
        const asOf = await resolveAsOf(reads, request.query.as_of, context.filters.fiscal_year, app.today());
        return withProvenance(reads, 'finder', await findFunding(reads, context, profile, asOf));
      }),
  );

  app.get(
    '/analytics/applicant-types',
    {
      schema: {
        tags,
        summary: 'The applicant types the map names, to describe a need with',
        response: { 200: applicantTypesResponse },
      },
    },
    async () => readAnalytics(app.db, readApplicantTypes),
  );

  app.get(
    '/analytics/match',
    {
      schema: {
        tags,
        summary: 'Ad-hoc matching for a need without a partnership record: region, sectors, solutions or objectives',
        querystring: streamFilters.extend(adHocFinderQuery.shape),
        response: { 200: withFigureProvenance(finderResponse), 400: problem, 404: problem },
      },
    },
    async (request) =>
      readAnalytics(app.db, async (reads) => {
        const context = await analyticsContext(reads, request.query);
        const profile = await adHocProfile(reads, request.query);
        const asOf = await resolveAsOf(reads, request.query.as_of, context.filters.fiscal_year, app.today());
        return withProvenance(reads, 'finder', await findFunding(reads, context, profile, asOf));
      }),
  );
};

export default finderRoutes;
