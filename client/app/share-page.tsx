import { lazy, Suspense, type ComponentType } from 'react';
import { Navigate, useParams, useSearchParams } from 'react-router-dom';
import type { OpenedShareLink } from '@contract/share-links.js';
import { setShareToken } from '../api/http.js';
import { useShareLink } from '../api/share/open-share-link.js';
import { Loading } from '../components/loading.js';
import { ProblemAlert } from '../components/problem-alert.js';

// A share link opens one view, read-only, without an account: no navigation, every API call carrying the token.

const page = <T extends Record<string, unknown>>(load: () => Promise<T>, name: keyof T) =>
  lazy(async () => ({ default: (await load())[name] as ComponentType }));

const views: Record<OpenedShareLink['view'], ComponentType> = {
  map: page(() => import('../features/map/components/map-page.js'), 'MapPage'),
  finder: page(() => import('../features/finder/components/finder-page.js'), 'FinderPage'),
  scorecard: page(() => import('../features/scorecard/components/scorecard-page.js'), 'ScorecardPage'),
  'competing-releases': page(() => import('../features/releases/components/releases-page.js'), 'ReleasesPage'),
};

/**
 * The URL query the view reads: the link's own filters, and the saved view or partnership it names. A view
 * that drops them (choosing another partnership) is put back on them: the link shows that one view.
 */
const viewQuery = (link: OpenedShareLink): URLSearchParams => {
  const query = new URLSearchParams(link.query);
  if (link.view === 'map' && link.target) query.set('view', link.target);
  if (link.view === 'finder' && link.target) query.set('partnership', link.target);
  return query;
};

const onItsView = (link: OpenedShareLink, params: URLSearchParams): boolean =>
  [...viewQuery(link)].every(([name, value]) => params.get(name) === value);

const SharedView = ({ link }: { link: OpenedShareLink }) => {
  const [params] = useSearchParams();
  if (!onItsView(link, params)) return <Navigate replace to={{ search: viewQuery(link).toString() }} />;
  const View = views[link.view];
  return (
    <>
      <p className="notice share-banner">
        Shared view: <strong>{link.name}</strong>. Read-only, until {link.expires_at.slice(0, 10)}.
      </p>
      <Suspense fallback={<Loading what="the shared view" />}>
        <View />
      </Suspense>
    </>
  );
};

export const SharePage = () => {
  const { token = '' } = useParams();
  setShareToken(token);
  const link = useShareLink(token);
  return (
    <div className="app share">
      {link.isPending && <Loading what="the shared view" />}
      {link.isError && (
        <main className="page" id="main">
          <ProblemAlert error={link.error} action="Opening the link" />
        </main>
      )}
      {link.data && <SharedView link={link.data} />}
    </div>
  );
};
