import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, resetDatabase } from '../helpers/test-app.js';

let editor: FastifyInstance;
let viewer: FastifyInstance;
let admin: FastifyInstance;
beforeAll(async () => {
  [editor, viewer, admin] = await Promise.all([
    buildTestApp({ role: 'editor' }),
    buildTestApp({ role: 'viewer' }),
    buildTestApp({ role: 'admin' }),
  ]);
});
afterAll(async () => Promise.all([editor.close(), viewer.close(), admin.close()]));

let viewId: string;
beforeEach(async () => {
  await resetDatabase();
  const saved = await editor.inject({
    method: 'POST',
    url: '/api/graph/views',
    payload: { name: 'WIOA', query: 'q=wioa' },
  });
  viewId = saved.json().id;
});

const steps = () => [
  { kind: 'view', view: viewId, caption: 'Where WIOA money goes' },
  { kind: 'page', page: 'gao-review', query: 'fiscal_year=2026', caption: 'Three agencies train the same youth' },
  { kind: 'page', page: 'money-flow', caption: 'The money, source to partnership' },
];
const create = (payload: Record<string, unknown>) => editor.inject({ method: 'POST', url: '/api/stories', payload });

describe('guided stories', () => {
  it('an editor creates a story that anyone with access reads back, steps in order', async () => {
    const created = await create({ name: 'Budget hearing', steps: steps() });
    expect(created.statusCode).toBe(201);
    const story = created.json();
    expect(story).toMatchObject({ name: 'Budget hearing', created_by: 'test editor', updated_by: 'test editor' });
    // A page step without a query gets an empty one, so the client never guesses.
    expect(story.steps).toEqual([steps()[0], steps()[1], { ...steps()[2], query: '' }]);

    const read = await viewer.inject({ method: 'GET', url: `/api/stories/${story.id}` });
    expect(read.statusCode).toBe(200);
    expect(read.json()).toEqual(story);
    const list = await viewer.inject({ method: 'GET', url: '/api/stories' });
    expect(list.json().items.map((item: { id: string }) => item.id)).toEqual([story.id]);
  });

  it('reorders steps, edits captions and removes a step in one write', async () => {
    const story = (await create({ name: 'Hearing', steps: steps() })).json();
    const [first, second] = story.steps;
    const changed = await editor.inject({
      method: 'PUT',
      url: `/api/stories/${story.id}`,
      payload: { name: 'Hearing, revised', steps: [{ ...second, caption: 'Duplication first' }, first] },
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().steps).toEqual([{ ...second, caption: 'Duplication first' }, first]);
    const read = (await viewer.inject({ method: 'GET', url: `/api/stories/${story.id}` })).json();
    expect(read).toMatchObject({ name: 'Hearing, revised', created_at: story.created_at });
    expect(read.steps.map((step: { caption: string }) => step.caption)).toEqual([
      'Duplication first',
      'Where WIOA money goes',
    ]);
  });

  it('deletes a story, and 404s what does not exist', async () => {
    const story = (await create({ name: 'Short', steps: [] })).json();
    expect((await editor.inject({ method: 'DELETE', url: `/api/stories/${story.id}` })).statusCode).toBe(204);
    const gone = await viewer.inject({ method: 'GET', url: `/api/stories/${story.id}` });
    expect(gone.statusCode).toBe(404);
    expect(gone.json().detail).toContain(story.id);
    expect((await editor.inject({ method: 'DELETE', url: `/api/stories/${story.id}` })).statusCode).toBe(404);
    const put = await editor.inject({ method: 'PUT', url: '/api/stories/nope', payload: { name: 'x', steps: [] } });
    expect(put.statusCode).toBe(404);
  });

  it('refuses bad stories with the field located, writing nothing', async () => {
    const unknownView = await create({
      name: 'Bad',
      steps: [steps()[1], { kind: 'view', view: 'no-such-view', caption: 'Gone' }],
    });
    expect(unknownView.statusCode).toBe(400);
    expect(unknownView.json().detail).toContain('steps.1.view');
    expect(unknownView.json().detail).toContain('no-such-view');

    const noCaption = await create({ name: 'Bad', steps: [{ kind: 'page', page: 'gaps', caption: '  ' }] });
    expect(noCaption.statusCode).toBe(400);
    expect(noCaption.json().detail).toContain('caption');
    const badPage = await create({ name: 'Bad', steps: [{ kind: 'page', page: 'people', caption: 'x' }] });
    expect(badPage.statusCode).toBe(400);
    expect(badPage.json().detail).toContain('page');
    expect((await create({ name: '', steps: [] })).statusCode).toBe(400);
    expect((await create({ name: 'No steps' })).statusCode).toBe(400);

    // An update naming a missing view leaves the story as it was.
    const story = (await create({ name: 'Kept', steps: steps() })).json();
    const refused = await editor.inject({
      method: 'PUT',
      url: `/api/stories/${story.id}`,
      payload: { name: 'Broken', steps: [{ kind: 'view', view: 'gone', caption: 'x' }] },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().detail).toContain('steps.0.view');
    expect((await viewer.inject({ method: 'GET', url: `/api/stories/${story.id}` })).json()).toEqual(story);
    expect((await viewer.inject({ method: 'GET', url: '/api/stories' })).json().items).toHaveLength(1);
  });

  it('viewers read but may not write', async () => {
    const story = (await create({ name: 'Read only', steps: steps() })).json();
    const post = await viewer.inject({ method: 'POST', url: '/api/stories', payload: { name: 'x', steps: [] } });
    expect(post.statusCode).toBe(403);
    const put = await viewer.inject({
      method: 'PUT',
      url: `/api/stories/${story.id}`,
      payload: { name: 'x', steps: [] },
    });
    expect(put.statusCode).toBe(403);
    expect((await viewer.inject({ method: 'DELETE', url: `/api/stories/${story.id}` })).statusCode).toBe(403);
    expect((await viewer.inject({ method: 'GET', url: `/api/stories/${story.id}` })).json().name).toBe('Read only');
  });

  it('records each write in the audit trail', async () => {
    const story = (await create({ name: 'Audited', steps: steps() })).json();
    await editor.inject({ method: 'PUT', url: `/api/stories/${story.id}`, payload: { name: 'Audited 2', steps: [] } });
    await editor.inject({ method: 'DELETE', url: `/api/stories/${story.id}` });
    const { items } = (await admin.inject({ method: 'GET', url: '/api/audit?table=stories' })).json();
    expect(items.map((entry: { action: string }) => entry.action)).toEqual([
      'story.delete',
      'story.update',
      'story.create',
    ]);
    expect(items[2]).toMatchObject({ keys: [story.id], detail: 'Audited', actor: { label: 'test editor' } });
  });
});
