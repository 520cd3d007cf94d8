import { queryOptions, useQuery } from '@tanstack/react-query';
import type { SavedView } from '@contract/map.js';
import { apiGet } from '../../../api/http.js';

// The saved map views a step may show (the map feature has its own call: features do not import each other).

export const listSavedViews = (signal?: AbortSignal) =>
  apiGet<{ items: SavedView[] }>('/graph/views', undefined, signal);

export const useSavedViews = () =>
  useQuery(queryOptions({ queryKey: ['saved-views'], queryFn: ({ signal }) => listSavedViews(signal) }));
