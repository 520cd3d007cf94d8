import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Loading } from '../../../components/loading.js';
import { ProblemAlert } from '../../../components/problem-alert.js';
import { useFundingMap } from '../../../api/graph/get-funding-map.js';
import { useSavedView } from '../api/get-saved-view.js';
import { useMapViewState } from '../use-map-view-state.js';
import { MapExplorer } from './map-explorer.js';
import '../map.css';

/** The funding map view: loads the year's map and any saved view named in the URL, then the explorer. */
export const MapPage = () => {
  const [state, update] = useMapViewState();
  const [, setParams] = useSearchParams();
  const map = useFundingMap(state.fiscalYear);
  const saved = useSavedView(state.savedView);
  const applied = useRef<string | null>(null);

  // A saved view's link carries only its id: its filters and styling replace the URL once, when it loads.
  useEffect(() => {
    const view = saved.data;
    if (!view || applied.current === view.id) return;
    applied.current = view.id;
    const params = new URLSearchParams(view.query);
    params.set('view', view.id);
    setParams(params, { replace: true });
  }, [saved.data, setParams]);

  const openView = useCallback(
    (id: string) => {
      applied.current = null;
      setParams({ view: id });
    },
    [setParams],
  );

  const savedPositions = useMemo(
    () =>
      state.savedView && saved.data?.id === state.savedView && saved.data.positions
        ? new Map(Object.entries(saved.data.positions))
        : null,
    [state.savedView, saved.data],
  );

  return (
    <main className="map-page" id="main">
      <h1 className="visually-hidden">Funding map</h1>
      {map.isPending && <Loading what="the funding map" />}
      {map.isError && <ProblemAlert error={map.error} action="Loading the funding map" />}
      {saved.isError && <ProblemAlert error={saved.error} action="Opening the saved view" />}
      {map.data && (
        <MapExplorer
          map={map.data}
          loadingYear={map.isPlaceholderData ? state.fiscalYear : null}
          state={state}
          update={update}
          savedPositions={savedPositions}
          onOpenView={openView}
        />
      )}
    </main>
  );
};
