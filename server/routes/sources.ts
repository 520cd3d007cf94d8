import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sourceList } from '../contract/sources.js';
import { sources } from '../sources/registry.js';
import { describeSource } from '../sources/source-descriptor.js';

// Described once at start-up: the registry does not change while the server runs.
const listed = { sources: sources.map((source) => describeSource(source)) };

/** The public sources POST /api/import?source= reads, with the options each asks for (the upload page's form). */
const sourceRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/sources',
    {
      config: { role: 'viewer' },
      schema: {
        tags: ['import and export'],
        summary: 'The public data sources the import reads, each with its label and options',
        response: { 200: sourceList },
      },
    },
    async () => listed,
  );
};

export default sourceRoutes;
