import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { parseViewState, serializeViewState, type MapViewState } from './map-view-state.js';

export type MapStateChange = Partial<MapViewState> | ((current: MapViewState) => Partial<MapViewState>);
export type UpdateMapState = (change: MapStateChange, options?: { push?: boolean }) => void;

/** The map's state, read from and written to the URL (replacing the history entry unless `push`). */
export const useMapViewState = (): [MapViewState, UpdateMapState] => {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => parseViewState(params), [params]);
  const update = useCallback<UpdateMapState>(
    (change, options) =>
      setParams(
        (previous) => {
          const current = parseViewState(previous);
          return serializeViewState({ ...current, ...(typeof change === 'function' ? change(current) : change) });
        },
        { replace: !options?.push },
      ),
    [setParams],
  );
  return [state, update];
};
