import { queryOptions, useQuery } from '@tanstack/react-query';
import type { SavedView } from '@contract/map.js';
import { apiGet } from '../../../api/http.js';

export const listSavedViews = (signal?: AbortSignal) =>
  apiGet<{ items: SavedView[] }>('/graph/views', undefined, signal);

export const savedViewsQueryOptions = () =>
  queryOptions({ queryKey: ['saved-views'], queryFn: ({ signal }) => listSavedViews(signal) });

export const useSavedViews = () => useQuery(savedViewsQueryOptions());
