import { createBrowserRouter, Navigate, type RouteObject } from 'react-router-dom';
import { Layout } from './layout.js';
import { NotFoundPage } from './not-found-page.js';

// Each page is its own chunk, loaded when first visited: the map's cytoscape and the charts' recharts are
// downloaded only by the pages that draw them.
export const routes: RouteObject[] = [
  {
    path: '/share/:token',
    lazy: async () => ({ Component: (await import('./share-page.js')).SharePage }),
  },
  {
    path: '/stories/:id/:step?',
    lazy: async () => ({ Component: (await import('./story-presenter.js')).StoryPresenter }),
  },
  {
    path: '/',
    element: <Layout />,
    children: [
      { index: true, element: <Navigate to="/map" replace /> },
      {
        path: 'map',
        lazy: async () => ({ Component: (await import('../features/map/components/map-page.js')).MapPage }),
      },
      {
        path: 'overlaps',
        lazy: async () => ({
          Component: (await import('../features/overlaps/components/overlaps-page.js')).OverlapsPage,
        }),
      },
      {
        path: 'releases',
        lazy: async () => ({
          Component: (await import('../features/releases/components/releases-page.js')).ReleasesPage,
        }),
      },
      {
        path: 'gaps',
        lazy: async () => ({ Component: (await import('../features/gaps/components/gaps-page.js')).GapsPage }),
      },
      {
        path: 'finder',
        lazy: async () => ({ Component: (await import('../features/finder/components/finder-page.js')).FinderPage }),
      },
      {
        path: 'repurpose',
        lazy: async () => ({
          Component: (await import('../features/repurpose/components/repurpose-page.js')).RepurposePage,
        }),
      },
      {
        path: 'scorecard',
        lazy: async () => ({
          Component: (await import('../features/scorecard/components/scorecard-page.js')).ScorecardPage,
        }),
      },
      {
        path: 'briefing',
        lazy: async () => ({
          Component: (await import('../features/briefing/components/briefing-page.js')).BriefingPage,
        }),
      },
      {
        path: 'gao-review',
        lazy: async () => ({
          Component: (await import('../features/gao-review/components/gao-review-page.js')).GaoReviewPage,
        }),
      },
      {
        path: 'money-flow',
        lazy: async () => ({
          Component: (await import('../features/money-flow/components/money-flow-page.js')).MoneyFlowPage,
        }),
      },
      {
        path: 'year-over-year',
        lazy: async () => ({
          Component: (await import('../features/year-over-year/components/year-over-year-page.js')).YearOverYearPage,
        }),
      },
      {
        path: 'stories',
        lazy: async () => ({
          Component: (await import('../features/stories/components/stories-page.js')).StoriesPage,
        }),
      },
      {
        path: 'data',
        lazy: async () => ({ Component: (await import('../features/data/components/data-page.js')).DataPage }),
      },
      {
        path: 'sign-in',
        lazy: async () => ({
          Component: (await import('../features/sign-in/components/sign-in-page.js')).SignInPage,
        }),
      },
      {
        path: 'history',
        lazy: async () => ({
          Component: (await import('../features/history/components/history-page.js')).HistoryPage,
        }),
      },
      {
        path: 'share-links',
        lazy: async () => ({
          Component: (await import('../features/share-links/components/share-links-page.js')).ShareLinksPage,
        }),
      },
      {
        path: 'people',
        lazy: async () => ({ Component: (await import('../features/people/components/people-page.js')).PeoplePage }),
      },
      {
        path: 'changes',
        lazy: async () => ({
          Component: (await import('../features/changes/components/changes-page.js')).ChangesPage,
        }),
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export const createRouter = () => createBrowserRouter(routes);
