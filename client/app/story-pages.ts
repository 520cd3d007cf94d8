import { lazy, type ComponentType } from 'react';
import type { StoryPage } from '@contract/stories.js';

// The pages a story's step can show, each loaded when a step first needs it (as the router loads them).

const page = <T extends Record<string, unknown>>(load: () => Promise<T>, name: keyof T) =>
  lazy(async () => ({ default: (await load())[name] as ComponentType }));

export const storyPageComponents: Record<StoryPage, ComponentType> = {
  map: page(() => import('../features/map/components/map-page.js'), 'MapPage'),
  overlaps: page(() => import('../features/overlaps/components/overlaps-page.js'), 'OverlapsPage'),
  releases: page(() => import('../features/releases/components/releases-page.js'), 'ReleasesPage'),
  gaps: page(() => import('../features/gaps/components/gaps-page.js'), 'GapsPage'),
  finder: page(() => import('../features/finder/components/finder-page.js'), 'FinderPage'),
  repurpose: page(() => import('../features/repurpose/components/repurpose-page.js'), 'RepurposePage'),
  scorecard: page(() => import('../features/scorecard/components/scorecard-page.js'), 'ScorecardPage'),
  'gao-review': page(() => import('../features/gao-review/components/gao-review-page.js'), 'GaoReviewPage'),
  'money-flow': page(() => import('../features/money-flow/components/money-flow-page.js'), 'MoneyFlowPage'),
  'year-over-year': page(
    () => import('../features/year-over-year/components/year-over-year-page.js'),
    'YearOverYearPage',
  ),
  briefing: page(() => import('../features/briefing/components/briefing-page.js'), 'BriefingPage'),
};
