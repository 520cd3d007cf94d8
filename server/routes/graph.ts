import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  fundingMapQuerySchema,
  fundingMapSchema,
  newSavedViewSchema,
  savedViewIdParams as viewId,
  savedViewListSchema,
  savedViewSchema,
} from '../contract/map.js';
import { provenanceResponse } from '../contract/provenance.js';
import { readProvenance } from '../repositories/provenance-repository.js';
import { readFundingMap } from '../repositories/funding-map-repository.js';
import {
  createSavedView,
  deleteSavedView,
  listSavedViews,
  readSavedView,
} from '../repositories/saved-view-repository.js';
import { problemSchema as problem } from '../contract/problem.js';

const tags = ['funding map'];

/** The funding map of one fiscal year for the map explorer, and the map views people save and share. */
const graphRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/graph',
    {
      schema: {
        tags,
        summary:
          'The funding map of one fiscal year: agencies, streams, releases, objectives, solutions, partnerships, sectors, regions',
        querystring: fundingMapQuerySchema,
        response: { 200: fundingMapSchema, 400: problem },
      },
    },
    async (request) => readFundingMap(app.db, request.query.fiscal_year),
  );

  app.get(
    '/provenance',
    {
      schema: {
        tags,
        summary: "Where the map's figures come from: each table's as-of dates and rows that cite a source",
        response: { 200: provenanceResponse },
      },
    },
    async () => app.db.readTransaction(readProvenance),
  );

  app.get(
    '/graph/views',
    {
      schema: {
        tags,
        summary: 'Saved map views, newest first',
        response: { 200: savedViewListSchema },
      },
    },
    async () => ({ items: await listSavedViews(app.db) }),
  );

  app.get(
    '/graph/views/:id',
    {
      schema: {
        tags,
        summary: 'One saved map view, with its node positions',
        params: viewId,
        response: { 200: savedViewSchema, 404: problem },
      },
    },
    async (request) => readSavedView(app.db, request.params.id),
  );

  app.post(
    '/graph/views',
    {
      schema: {
        tags,
        summary: 'Save a map view',
        body: newSavedViewSchema,
        response: { 201: savedViewSchema, 400: problem },
      },
    },
    async (request, reply) => reply.code(201).send(await createSavedView(app.db, request.body, request.actor)),
  );

  app.delete(
    '/graph/views/:id',
    {
      schema: { tags, summary: 'Delete a saved map view', params: viewId, response: { 204: z.null(), 404: problem } },
    },
    async (request, reply) => {
      await deleteSavedView(app.db, request.params.id, request.actor);
      return reply.code(204).send(null);
    },
  );
};

export default graphRoutes;
