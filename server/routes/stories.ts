import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemSchema as problem } from '../contract/problem.js';
import { story, storyIdParams as params, storyInput, storyList } from '../contract/stories.js';
import { createStory, deleteStory, listStories, readStory, updateStory } from '../repositories/story-repository.js';

const tags = ['stories'];

/** Guided stories: viewers read and present them, editors build them (the default roles of /api). */
const storyRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/stories',
    { schema: { tags, summary: 'Every guided story, last changed first', response: { 200: storyList } } },
    async () => ({ items: await listStories(app.db) }),
  );

  app.get(
    '/stories/:id',
    {
      schema: { tags, summary: 'One guided story with its steps', params, response: { 200: story, 404: problem } },
    },
    async (request) => readStory(app.db, request.params.id),
  );

  app.post(
    '/stories',
    {
      schema: {
        tags,
        summary: 'Create a guided story: steps that each show a saved view or an analytics page, with a caption',
        body: storyInput,
        response: { 201: story, 400: problem },
      },
    },
    async (request, reply) => reply.code(201).send(await createStory(app.db, request.body, request.actor)),
  );

  app.put(
    '/stories/:id',
    {
      schema: {
        tags,
        summary: 'Change a story: its name and its steps in their new order, with their captions',
        params,
        body: storyInput,
        response: { 200: story, 400: problem, 404: problem },
      },
    },
    async (request) => updateStory(app.db, request.params.id, request.body, request.actor),
  );

  app.delete(
    '/stories/:id',
    { schema: { tags, summary: 'Delete a story', params, response: { 204: z.null(), 404: problem } } },
    async (request, reply) => {
      await deleteStory(app.db, request.params.id, request.actor);
      return reply.code(204).send(null);
    },
  );
};

export default storyRoutes;
