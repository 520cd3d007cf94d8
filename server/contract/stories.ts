import { z } from 'zod';

// Guided stories, as they cross HTTP (/api/stories): an ordered list of steps, each a saved map view or an
// analytics page with a caption, presented one step at a time.

/** The pages a step may show, by the path word the client routes them under. */
export const storyPages = [
  'map',
  'overlaps',
  'releases',
  'gaps',
  'finder',
  'repurpose',
  'scorecard',
  'gao-review',
  'money-flow',
  'year-over-year',
  'briefing',
] as const;
export const storyPage = z.enum(storyPages);
export type StoryPage = z.infer<typeof storyPage>;

const caption = z
  .string()
  .trim()
  .min(1, 'is required')
  .max(1000, 'is longer than 1000 characters')
  .describe('what the audience should see in this step');

export const viewStep = z.object({
  kind: z.literal('view'),
  view: z.string().min(1).max(100).describe('the id of a saved map view'),
  caption,
});

export const pageStep = z.object({
  kind: z.literal('page'),
  page: storyPage,
  query: z
    .string()
    .max(2000)
    .default('')
    .describe('the page’s URL query (filters), e.g. fiscal_year=2026')
    .refine((query) => !query.startsWith('?'), 'starts without "?"'),
  caption,
});

export const storyStep = z.discriminatedUnion('kind', [viewStep, pageStep]);
export type StoryStep = z.infer<typeof storyStep>;

export const storyInput = z.object({
  name: z.string().trim().min(1, 'is required').max(200, 'is longer than 200 characters'),
  steps: z.array(storyStep).max(50, 'has more than 50 steps').describe('in the order they are presented'),
});
export type StoryInput = z.infer<typeof storyInput>;

export const story = storyInput.extend({
  id: z.string(),
  created_at: z.string(),
  created_by: z.string(),
  updated_at: z.string(),
  updated_by: z.string(),
});
export type Story = z.infer<typeof story>;

export const storyIdParams = z.object({ id: z.string().min(1).max(100) });
export const storyList = z.object({ items: z.array(story) });
