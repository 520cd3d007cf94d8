import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { scorecardSettings } from '../../contract/analytics/scorecard.js';
import { readScorecardSettings, saveScorecardSettings } from '../../repositories/scorecard-settings-repository.js';
import { problemSchema as problem } from '../../contract/problem.js';

const tags = ['analytics'];

/** Which scorecard indicators show, in what order, with what targets: saved in the graph. */
const scorecardSettingsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/scorecard/settings',
    {
      schema: {
        tags,
        summary: 'The scorecard settings in force (saved, else defaults)',
        response: { 200: scorecardSettings },
      },
    },
    async () => ({ indicators: await app.db.readTransaction(readScorecardSettings) }),
  );

  app.put(
    '/scorecard/settings',
    {
      schema: {
        tags,
        summary: 'Save which indicators show, their order and targets',
        body: scorecardSettings,
        response: { 200: scorecardSettings, 400: problem },
      },
    },
    async (request) => ({ indicators: await saveScorecardSettings(app.db, request.body, request.actor) }),
  );
};

export default scorecardSettingsRoutes;
