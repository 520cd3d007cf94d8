import { createBrowserRouter, Navigate, type RouteObject } from 'react-router-dom';
import { DataPage } from '../features/data/components/data-page.js';
import { FinderPage } from '../features/finder/components/finder-page.js';
import { GapsPage } from '../features/gaps/components/gaps-page.js';
import { MapPage } from '../features/map/components/map-page.js';
import { OverlapsPage } from '../features/overlaps/components/overlaps-page.js';
import { RepurposePage } from '../features/repurpose/components/repurpose-page.js';
import { ScorecardPage } from '../features/scorecard/components/scorecard-page.js';
import { ReleasesPage } from '../features/releases/components/releases-page.js';
import { Layout } from './layout.js';
import { NotFoundPage } from './not-found-page.js';

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <Layout />,
    children: [
      { index: true, element: <Navigate to="/map" replace /> },
      { path: 'map', element: <MapPage /> },
      { path: 'overlaps', element: <OverlapsPage /> },
      { path: 'releases', element: <ReleasesPage /> },
      { path: 'gaps', element: <GapsPage /> },
      { path: 'finder', element: <FinderPage /> },
      { path: 'repurpose', element: <RepurposePage /> },
      { path: 'scorecard', element: <ScorecardPage /> },
      {
        path: 'gao-review',
        lazy: async () => ({
          Component: (await import('../features/gao-review/components/gao-review-page.js')).GaoReviewPage,
        }),
      },
      { path: 'data', element: <DataPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export const createRouter = () => createBrowserRouter(routes);
