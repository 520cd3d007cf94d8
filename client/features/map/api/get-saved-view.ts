import { queryOptions, useQuery } from '@tanstack/react-query';
import type { SavedView } from '@contract/map.js';
import { apiGet } from '../../../api/http.js';

export const getSavedView = (id: string, signal?: AbortSignal) =>
  apiGet<SavedView>(`/graph/views/${encodeURIComponent(id)}`, undefined, signal);

export const savedViewQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['saved-views', id],
    queryFn: ({ signal }) => getSavedView(id, signal),
    staleTime: Infinity,
  });

export const useSavedView = (id: string | null) =>
  useQuery({ ...savedViewQueryOptions(id ?? ''), enabled: id !== null });
