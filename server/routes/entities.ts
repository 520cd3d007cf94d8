import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { entities, listColumns, type EntityDefinition } from '../domain/catalog.js';
import { apiRow, deleteRow, getRow, listRows, saveRow } from '../entities/entity-rows.js';
import { etagOf, ifMatchVersion } from '../http/etag.js';
import type { CanonicalRow } from '../import/canonical.js';
import { problemSchema as problem } from '../contract/problem.js';
import { ifMatchHeader, keyParam, listQuery, rowPage } from '../contract/rows.js';

const matches = (row: CanonicalRow, filters: Record<string, string>): boolean =>
  Object.entries(filters).every(([column, wanted]) => {
    const value = row[column];
    if (listColumns.has(column)) return Array.isArray(value) && value.map(String).includes(wanted);
    return value !== null && String(value) === wanted;
  });

const textOf = (row: CanonicalRow): string =>
  [row.id, row.name, row.title, row.partnership_id, row.solution_id, row.stream_id]
    .filter(Boolean)
    .join(' ')
    .toLowerCase();

const compare = (column: string) => (a: CanonicalRow, b: CanonicalRow) => {
  const x = a[column];
  const y = b[column];
  if (x === y) return 0;
  if (x === null) return 1;
  if (y === null) return -1;
  return typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
};

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
        if (sortColumn && !entity.columns.includes(sortColumn))
          throw Object.assign(new Error(`Cannot sort by ${sortColumn}; sort by: ${entity.columns.join(', ')}`), {
            statusCode: 400,
          });
        let rows = (await listRows(app.db, entity)).filter((row) => matches(row, filters as Record<string, string>));
        if (q) rows = rows.filter((row) => textOf(row).includes(q.toLowerCase()));
        if (sortColumn) {
          rows.sort(compare(sortColumn));
          if (sort?.startsWith('-')) rows.reverse();
        }
        return { items: rows.slice(offset, offset + limit).map(apiRow), total: rows.length, limit, offset };
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
