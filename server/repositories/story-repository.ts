import { randomUUID } from 'node:crypto';
import type { Story, StoryInput, StoryStep } from '../contract/stories.js';
import type { Database, Tx } from '../db/database.js';
import type { Actor } from '../domain/actor.js';
import { Invalid, NotFound } from '../domain/errors.js';
import { recordAudit } from './audit-repository.js';

// Guided stories live in the graph as :Story nodes (settings, not map data: imports leave them alone). Steps are
// kept as one JSON string, in order, since Neo4j properties cannot hold maps. Every write is audited in its
// own transaction.

interface StoredStory extends Omit<Story, 'steps'> {
  steps: string;
}

const toStory = ({ steps, ...story }: StoredStory): Story => ({ ...story, steps: JSON.parse(steps) as StoryStep[] });

/** A step naming a saved view that does not exist is refused with the step it is in. */
const checkViews = async (tx: Tx, steps: StoryStep[]): Promise<void> => {
  const ids = [...new Set(steps.flatMap((step) => (step.kind === 'view' ? [step.view] : [])))];
  if (ids.length === 0) return;
  const [row] = await tx.run<{ missing: string[] }>('stories/missing-views', { ids });
  const missing = new Set(row?.missing ?? []);
  const errors = steps.flatMap((step, index) =>
    step.kind === 'view' && missing.has(step.view)
      ? [{ field: `steps.${index}.view`, message: `names no saved view: there is no saved view "${step.view}"` }]
      : [],
  );
  if (errors.length > 0) throw Invalid.fields(errors);
};

export const listStories = async (db: Database): Promise<Story[]> =>
  (await db.read<{ story: StoredStory }>('stories/list')).map(({ story }) => toStory(story));

export const readStory = async (db: Database, id: string): Promise<Story> => {
  const [row] = await db.read<{ story: StoredStory }>('stories/read', { id });
  if (!row) throw NotFound.of('story', id);
  return toStory(row.story);
};

const audit = (tx: Tx, actor: Actor, action: string, id: string, name: string | null, at: string) =>
  recordAudit(tx, actor, { action, tables: ['stories'], keys: [id], at, ...(name ? { detail: name } : {}) });

export const createStory = async (db: Database, input: StoryInput, actor: Actor): Promise<Story> =>
  db.writeTransaction(async (tx) => {
    await checkViews(tx, input.steps);
    const id = randomUUID().slice(0, 8);
    const at = new Date().toISOString();
    const params = { id, name: input.name, steps: JSON.stringify(input.steps), at, by: actor.label };
    const [row] = await tx.run<{ story: StoredStory }>('stories/create', params);
    if (!row) throw new Error('creating a story returned nothing');
    await audit(tx, actor, 'story.create', id, input.name, at);
    return toStory(row.story);
  });

export const updateStory = async (db: Database, id: string, input: StoryInput, actor: Actor): Promise<Story> =>
  db.writeTransaction(async (tx) => {
    const at = new Date().toISOString();
    const params = { id, name: input.name, steps: JSON.stringify(input.steps), at, by: actor.label };
    const [row] = await tx.run<{ story: StoredStory }>('stories/update', params);
    if (!row) throw NotFound.of('story', id);
    await checkViews(tx, input.steps);
    await audit(tx, actor, 'story.update', id, input.name, at);
    return toStory(row.story);
  });

export const deleteStory = async (db: Database, id: string, actor: Actor): Promise<void> =>
  db.writeTransaction(async (tx) => {
    const [row] = await tx.run<{ deleted: number; name: string | null }>('stories/delete', { id });
    if (!row || row.deleted === 0) throw NotFound.of('story', id);
    await audit(tx, actor, 'story.delete', id, row.name, new Date().toISOString());
  });
