import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { buildBriefing } from '../briefing/build-briefing.js';
import { briefingReads } from '../repositories/briefing-inputs.js';
import { renderBriefingPdf } from '../briefing/render-pdf.js';
import { briefingQuery, briefingResponse } from '../contract/briefing.js';

const problem = z.object({ type: z.string(), title: z.string(), status: z.number(), detail: z.string() }).passthrough();
const tags = ['briefing'];

/** The leadership briefing: GET /api/briefing (JSON, for the print page) and GET /api/briefing.pdf. */
const briefingRoutes: FastifyPluginAsyncZod = async (app) => {
  const briefing = (fiscalYear: number | undefined) =>
    app.db.readTransaction((tx) => buildBriefing(briefingReads(tx), fiscalYear, app.today()));

  app.get(
    '/briefing',
    {
      schema: {
        tags,
        summary:
          'The one-to-two page briefing of a fiscal year: indicators, GAO findings, competing releases, gaps, re-purposing, changes',
        querystring: briefingQuery,
        response: { 200: briefingResponse, 400: problem },
      },
    },
    async (request) => briefing(request.query.fiscal_year),
  );

  app.get(
    '/briefing.pdf',
    {
      schema: {
        tags,
        summary: 'The briefing as a PDF (the same figures as GET /api/briefing)',
        querystring: briefingQuery,
        produces: ['application/pdf'],
        response: { 200: z.any().describe('the briefing, application/pdf'), 400: problem },
      },
    },
    async (request, reply) => {
      const answer = await briefing(request.query.fiscal_year);
      const pdf = await renderBriefingPdf(answer);
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="braid-briefing-fy${answer.fiscal_year ?? 'none'}.pdf"`)
        .send(pdf);
    },
  );
};

export default briefingRoutes;
