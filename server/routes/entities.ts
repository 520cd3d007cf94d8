import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { entities, type EntityDefinition } from '../domain/catalog.js';
import { apiRow, deleteRow, saveRow } from '../entities/entity-rows.js';
import { getRow } from '../repositories/rows-repository.js';
import { listRowPage, sortableColumns } from '../repositories/row-list-repository.js';
import { etagOf, ifMatchVersion } from '../http/etag.js';
import { problemSchema as problem } from '../contract/problem.js';
import { ifMatchHeader, keyParam, listQuery, rowPage } from '../contract/rows.js';

const crudFor =
  (entity: EntityDefinition): FastifyPluginAsyncZod =>
  async (app) => {
    const rowSchema = entity.schema;
    const tags = [entity.name.replace(/_/g, ' ')];
    const keyDescription =
      entity.key.length === 1 ? 'the id' : `${entity.key.join('|')} (URL-encoded; blank parts stay empty)`;

    app.get(
      '/',
      {
        schema: {
          tags,
          summary: `List ${entity.name.replace(/_/g, ' ')}`,
          querystring: listQuery,
          response: {
            200: rowPage(rowSchema),
            400: problem,
          },
        },
      },
      async (request) => {
        const { q, sort, limit, offset, ...filters } = request.query;
        const unknown = Object.keys(filters).filter((column) => !entity.columns.includes(column));
        if (unknown.length > 0)
          throw Object.assign(
            new Error(`Unknown filter ${unknown.join(', ')}; filter on: ${entity.columns.join(', ')}`),
            { statusCode: 400 },
          );
        const sortColumn = sort?.replace(/^-/, '');
        const sortable = sortableColumns(entity);
        if (sortColumn && !sortable.includes(sortColumn))
          throw Object.assign(new Error(`Cannot sort by ${sortColumn}; sort by: ${sortable.join(', ')}`), {
            statusCode: 400,
          });
        const page = await listRowPage(app.db, entity, {
          filters: filters as Record<string, string>,
          q,
          sort,
          limit,
          offset,
        });
        return { items: page.items.map(apiRow), total: page.total, limit, offset };
      },
    );

    app.get(
      '/:key',
      {
        schema: {
          tags,
          summary: `Get one ${entity.singular} by ${keyDescription}`,
          description: "The ETag header is the row's version; send it back as If-Match to PUT or DELETE.",
          params: keyParam,
          response: { 200: rowSchema, 404: problem },
        },
      },
      async (request, reply) => {
        const { row, version } = await getRow(app.db, entity, request.params.key);
        return reply.header('etag', etagOf(version)).send(apiRow(row));
      },
    );

    app.post(
      '/',
      {
        schema: {
          tags,
          summary: `Create ${entity.aSingular}`,
          body: z.record(z.string(), z.unknown()),
          response: { 201: rowSchema, 400: problem, 409: problem },
        },
      },
      async (request, reply) => {
        const { row, version } = await saveRow(app.db, entity, request.body, { existing: false }, request.actor);
        return reply.code(201).header('etag', etagOf(version)).send(apiRow(row));
      },
    );

    app.put(
      '/:key',
      {
        schema: {
          tags,
          summary: `Replace ${entity.aSingular}`,
          description:
            'With If-Match (the ETag of a GET), only if the row is still that version; else 409 with the current values.',
          params: keyParam,
          headers: ifMatchHeader,
          body: z.record(z.string(), z.unknown()),
          response: { 200: rowSchema, 400: problem, 404: problem, 409: problem },
        },
      },
      async (request, reply) => {
        const ifMatch = ifMatchVersion(request.headers['if-match']);
        const { row, version } = await saveRow(
          app.db,
          entity,
          request.body,
          { existing: true, key: request.params.key, ...(ifMatch === undefined ? {} : { ifMatch }) },
          request.actor,
        );
        return reply.header('etag', etagOf(version)).send(apiRow(row));
      },
    );

    app.delete(
      '/:key',
      {
        schema: {
          tags,
          summary: `Delete ${entity.aSingular}`,
          description:
            'With If-Match (the ETag of a GET), only if the row is still that version; else 409 with the current values.',
          params: keyParam,
          headers: ifMatchHeader,
          response: { 204: z.null(), 404: problem, 409: problem },
        },
      },
      async (request, reply) => {
        const ifMatch = ifMatchVersion(request.headers['if-match']);
        await deleteRow(app.db, entity, request.params.key, ifMatch, request.actor);
        return reply.code(204).send(null);
      },
    );
  };

/** CRUD for every table of the format, at /api/<table> (agencies, funding-streams, requests, ...). */
const entityRoutes: FastifyPluginAsyncZod = async (app) => {
  for (const entity of entities) await app.register(crudFor(entity), { prefix: `/${entity.path}` });
};

export default entityRoutes;
