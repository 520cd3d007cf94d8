import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { findAgencyOverlap } from '../analytics/agency-overlap.js';
import { agencyOverlapResponse } from '../contract/analytics/agency-overlap.js';
import { forRequestYear, planBraiding, requestNotFound } from '../analytics/braid.js';
import { braidQuery, braidResponse } from '../contract/analytics/braid.js';
import { filtersQuery, pairLimitQuery } from '../contract/analytics/refs-and-filters.js';
import { analyticsContext } from '../analytics/context.js';
import { resolveAsOf } from '../analytics/default-as-of.js';
import { defaultSelection, findCompetingReleases } from '../analytics/competing-releases.js';
import {
  competingLevels,
  competingReleasesQuery,
  competingReleasesResponse,
} from '../contract/analytics/competing-releases.js';
import { findDuplicatedObjectives } from '../analytics/duplicated-objectives.js';
import { duplicatedObjectivesResponse } from '../contract/analytics/duplicated-objectives.js';
import { findGaps } from '../analytics/gaps.js';
import { gapsResponse } from '../contract/analytics/gaps.js';
import { matchStreams } from '../analytics/match.js';
import { adHocProfile, partnershipProfile } from '../analytics/match-profile.js';
import { readApplicantTypes } from '../analytics/applicant-types.js';
import {
  adHocMatchQuery,
  applicantTypesResponse,
  matchOptionsQuery,
  matchParams,
  matchResponse,
} from '../contract/analytics/finder.js';
import { findNetwork } from '../analytics/network.js';
import { networkResponse } from '../contract/analytics/network.js';
import { checkRelease } from '../analytics/release-check.js';
import { releaseCheckResponse, releaseDraft } from '../contract/analytics/release-check.js';
import { findRepurposeCandidates } from '../analytics/repurpose.js';
import { readRequests } from '../analytics/requests.js';
import { repurposeQuery, repurposeResponse } from '../contract/analytics/repurpose.js';
import { computeScorecard } from '../analytics/scorecard.js';
import { scorecardResponse } from '../contract/analytics/scorecard.js';
import scorecardSettingsRoutes from './scorecard-settings.js';
import { problemSchema as problem } from '../contract/problem.js';

const tags = ['analytics'];
const streamFilters = filtersQuery.pick({ fiscal_year: true, agency_id: true });

/** The alignment analytics at /api/analytics/* (docs/analytics.md), each in one read transaction; scorecard settings. */
const analyticsRoutes: FastifyPluginAsyncZod = async (app) => {
  const read = app.db.readTransaction.bind(app.db);
  await app.register(scorecardSettingsRoutes);

  app.get(
    '/analytics/duplicated-objectives',
    {
      schema: {
        tags,
        summary: 'Objectives supported by streams of two or more agencies (duplicated effort)',
        querystring: filtersQuery,
        response: { 200: duplicatedObjectivesResponse, 400: problem, 404: problem },
      },
    },
    async (request) => read(async (tx) => findDuplicatedObjectives(tx, await analyticsContext(tx, request.query))),
  );

  app.get(
    '/analytics/agency-overlap',
    {
      schema: {
        tags,
        summary: 'Pairs of agencies that share objectives, with the Jaccard similarity of their objective sets',
        querystring: filtersQuery.extend(pairLimitQuery.shape),
        response: { 200: agencyOverlapResponse, 400: problem, 404: problem },
      },
    },
    async (request) => {
      const { limit, ...query } = request.query;
      return read(async (tx) => findAgencyOverlap(tx, await analyticsContext(tx, query), limit));
    },
  );

  app.get(
    '/analytics/competing-releases',
    {
      schema: {
        tags,
        summary: 'Pairs of releases open at the same time for a common objective with intersecting scopes',
        description: 'With from or to and no fiscal_year, every fiscal year counts.',
        querystring: filtersQuery.extend(competingReleasesQuery.shape),
        response: { 200: competingReleasesResponse, 400: problem, 404: problem },
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
      return read(async (tx) =>
        findCompetingReleases(
          tx,
          await analyticsContext(tx, { ...query, fiscal_year: fiscalYear }),
          period,
          limit,
          selection,
        ),
      );
    },
  );

  app.get(
    '/analytics/gaps',
    {
      schema: {
        tags,
        summary: 'Requested solutions with the money eligible for them, and requests no stream is eligible for',
        querystring: filtersQuery,
        response: { 200: gapsResponse, 400: problem, 404: problem },
      },
    },
    async (request) => read(async (tx) => findGaps(tx, await analyticsContext(tx, request.query))),
  );

  app.get(
    '/analytics/match/:partnershipId',
    {
      schema: {
        tags,
        summary: "Streams eligible for a partnership's requests, ranked, with reasons and open or upcoming releases",
        params: matchParams,
        querystring: streamFilters.extend(matchOptionsQuery.shape),
        response: { 200: matchResponse, 400: problem, 404: problem },
      },
    },
    async (request) =>
      read(async (tx) => {
        const context = await analyticsContext(tx, request.query);
        const profile = await partnershipProfile(tx, context, request.params.partnershipId);
        return matchStreams(
          tx,
          context,
          profile,
          await resolveAsOf(tx, request.query.as_of, context.filters.fiscal_year, app.today()),
        );
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
    async () => read(readApplicantTypes),
  );

  app.get(
    '/analytics/match',
    {
      schema: {
        tags,
        summary: 'Ad-hoc matching for a need without a partnership record: region, sectors, solutions or objectives',
        querystring: streamFilters.extend(adHocMatchQuery.shape),
        response: { 200: matchResponse, 400: problem, 404: problem },
      },
    },
    async (request) =>
      read(async (tx) => {
        const context = await analyticsContext(tx, request.query);
        const profile = await adHocProfile(tx, request.query);
        return matchStreams(
          tx,
          context,
          profile,
          await resolveAsOf(tx, request.query.as_of, context.filters.fiscal_year, app.today()),
        );
      }),
  );

  app.get(
    '/analytics/braid',
    {
      schema: {
        tags,
        summary: "A braiding plan: eligible streams that together cover one request's cost",
        description: "Fiscal year: the one given, else the request's year, else the latest.",
        querystring: streamFilters.extend(braidQuery.shape),
        response: { 200: braidResponse, 400: problem, 404: problem },
      },
    },
    async (request) =>
      read(async (tx) => {
        const { partnership_id, solution_id, cost, ...query } = request.query;
        const context = await analyticsContext(tx, query);
        const [found] = await readRequests(tx, context.reference, { fiscal_year: null, partnership_id, solution_id });
        if (!found) throw requestNotFound(partnership_id, solution_id);
        return planBraiding(tx, forRequestYear(context, query.fiscal_year, found), found, cost);
      }),
  );

  app.get(
    '/analytics/repurpose',
    {
      schema: {
        tags,
        summary:
          'Unrestricted streams that are under-used or fund objectives nobody requests, with the gaps they could help',
        querystring: filtersQuery.extend(repurposeQuery.shape),
        response: { 200: repurposeResponse, 400: problem, 404: problem },
      },
    },
    async (request) =>
      read(async (tx) => {
        const { threshold, gaps, ...query } = request.query;
        return findRepurposeCandidates(tx, await analyticsContext(tx, query), { threshold, gaps });
      }),
  );

  app.get(
    '/analytics/network',
    {
      schema: {
        tags,
        summary:
          'Funding families (communities of streams linked by shared objectives) and centrality of agencies and objectives',
        querystring: filtersQuery,
        response: { 200: networkResponse, 400: problem, 404: problem },
      },
    },
    async (request) => read(async (tx) => findNetwork(tx, await analyticsContext(tx, request.query))),
  );

  app.post(
    '/analytics/release-check',
    {
      // A POST only because the draft is a body: nothing is saved, so reading is enough.
      config: { role: 'viewer' },
      schema: {
        tags,
        summary: 'Check a draft release (not saved): what it would compete with, duplicate, serve and narrow',
        body: releaseDraft,
        response: { 200: releaseCheckResponse, 400: problem },
      },
    },
    async (request) => read(async (tx) => checkRelease(tx, await analyticsContext(tx, {}), request.body)),
  );

  app.get(
    '/analytics/scorecard',
    {
      schema: {
        tags,
        summary: 'Alignment indicators the user chose, with their own targets',
        querystring: filtersQuery,
        response: { 200: scorecardResponse, 400: problem, 404: problem },
      },
    },
    async (request) => read(async (tx) => computeScorecard(tx, await analyticsContext(tx, request.query))),
  );
};

export default analyticsRoutes;
