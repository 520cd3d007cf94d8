import type { StoryPage, StoryStep } from '@contract/stories.js';

// What a step shows, as the presenter and the editor name it: pure, so both read the same words.

export const pageLabels: Record<StoryPage, string> = {
  map: 'Funding map',
  overlaps: 'Overlaps',
  releases: 'Competing releases',
  gaps: 'Gaps',
  finder: 'Funding finder',
  repurpose: 'Re-purposing',
  scorecard: 'Scorecard',
  'gao-review': 'GAO review',
  'money-flow': 'Money flow',
  'year-over-year': 'Year over year',
  briefing: 'Briefing',
};

/** The URL query the step's page reads: a saved view opens the map on it, a page its own filters. */
export const stepSearch = (step: StoryStep): URLSearchParams =>
  step.kind === 'view' ? new URLSearchParams({ view: step.view }) : new URLSearchParams(step.query);

/** Which page component shows the step. */
export const stepPage = (step: StoryStep): StoryPage => (step.kind === 'view' ? 'map' : step.page);

/** Steps count from 1 in links; anything else opens the first. */
export const stepIndex = (param: string | undefined, count: number): number => {
  const number = Number(param);
  return Number.isInteger(number) && number >= 1 && number <= count ? number - 1 : 0;
};

export const storyPath = (id: string, index = 0): string => `/stories/${encodeURIComponent(id)}/${index + 1}`;

/** Moves the step at `from` by `by` places (up is -1), keeping the others in order. */
export const moveStep = <T>(steps: readonly T[], from: number, by: number): T[] => {
  const to = from + by;
  if (to < 0 || to >= steps.length) return [...steps];
  const moved = [...steps];
  const [step] = moved.splice(from, 1);
  moved.splice(to, 0, step as T);
  return moved;
};
