import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { importReportSchema } from '../contract/import-report.js';
import { toCsvZip, toJsonBundle, toXlsx } from '../export/write-bundle.js';
import { Invalid } from '../domain/errors.js';
import { HttpProblem } from '../http/http-problem.js';
import { importFromSource } from '../import/import-source.js';
import { confirmDeleteMissing, importRows } from '../import/import-upload.js';
import { findSource, optionKeys, sourceNames } from '../sources/registry.js';
import { queryParameter } from '../sources/source-descriptor.js';
import { readMap } from '../repositories/rows-repository.js';
import { prepareUpload } from '../import/prepare-upload.js';
import type { UploadedFile } from '../import/read-upload.js';

/** Each option any source takes, as a text query parameter; the chosen source's own schema validates it. */
const sourceOptionQuery = Object.fromEntries(
  optionKeys.map((key) => [queryParameter(key), z.string().optional().describe(`a source option (GET /api/sources)`)]),
);

/** The options given in the query, by their camelCase keys, for the source to validate. */
const givenOptions = (query: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(
    optionKeys.flatMap((key) => (query[queryParameter(key)] === undefined ? [] : [[key, query[queryParameter(key)]]])),
  );

/** The mode as sent, before validation (the role check runs before the query is validated). */
const importMode = (request: FastifyRequest): unknown => (request.query as { mode?: unknown } | undefined)?.mode;

const importRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/import',
    {
      // Upserts add and change rows (editor); a replace empties the map first (admin).
      config: { role: 'editor', elevate: (request) => (importMode(request) === 'replace' ? 'admin' : undefined) },
      schema: {
        tags: ['import and export'],
        summary:
          'Import CSV files, an XLSX workbook or a JSON bundle (multipart, field "file"; several files allowed). All or nothing.',
        querystring: z.object({
          mode: z.enum(['upsert', 'replace']).default('upsert'),
          source: z
            .enum(sourceNames)
            .optional()
            .describe('read a public source instead of the braid/1 format (GET /api/sources, docs/real-data.md)'),
          ...sourceOptionQuery,
          confirm: z
            .literal(confirmDeleteMissing)
            .optional()
            .describe(
              'replace: also when it deletes every row of a table the upload has no rows for (without it: 409 naming the tables)',
            ),
        }),
        response: { 200: importReportSchema },
      },
    },
    async (request) => {
      if (!request.isMultipart())
        throw new HttpProblem(
          415,
          'Unsupported media type',
          'Send the files as multipart/form-data in a field named "file".',
        );
      const files: UploadedFile[] = [];
      for await (const part of request.parts()) {
        if (part.fieldname !== 'file')
          throw new Invalid(`Send files in the field "file", not "${part.fieldname}".`, { title: 'Unexpected field' });
        if (part.type !== 'file' || part.filename === '')
          throw new Invalid(
            'Every part of the field "file" must be a file with a name (such as agencies.csv); one has no file name.',
            { title: 'A part is not a file' },
          );
        files.push({ name: part.filename, content: await part.toBuffer() });
      }
      const { mode, source } = request.query;
      const importOptions = { confirmDeleteMissing: request.query.confirm === confirmDeleteMissing };
      const descriptor = source === undefined ? undefined : findSource(source);
      if (descriptor) {
        const options = givenOptions(request.query);
        return importFromSource(app.db, descriptor, files, options, mode, request.actor, importOptions);
      }
      const { problems, validated } = await prepareUpload(files);
      if (!validated) throw Invalid.rows(problems);
      return importRows(app.db, validated, mode, request.actor, importOptions);
    },
  );

  app.get(
    '/export',
    {
      schema: {
        tags: ['import and export'],
        summary:
          'The whole map as a JSON bundle, an XLSX workbook or a zip of CSV files (same tables and columns as the import format)',
        querystring: z.object({ format: z.enum(['json', 'xlsx', 'csv']).default('json') }),
      },
    },
    async (request, reply) => {
      const tables = await app.db.readTransaction((tx) => readMap(tx));
      const stamp = app.today();
      if (request.query.format === 'csv')
        return reply
          .type('application/zip')
          .header('content-disposition', `attachment; filename="braid-map-${stamp}-csv.zip"`)
          .send(await toCsvZip(tables, stamp));
      if (request.query.format === 'xlsx')
        return reply
          .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
          .header('content-disposition', `attachment; filename="braid-map-${stamp}.xlsx"`)
          .send(await toXlsx(tables));
      return reply
        .header('content-disposition', `attachment; filename="braid-map-${stamp}.json"`)
        .send(toJsonBundle(tables));
    },
  );

  app.get(
    '/template.xlsx',
    {
      schema: {
        tags: ['import and export'],
        summary: 'The empty template workbook: one sheet per table, headers only',
      },
    },
    async (_request, reply) =>
      reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', 'attachment; filename="braid-template.xlsx"')
        .send(await toXlsx({})),
  );
};

export default importRoutes;
