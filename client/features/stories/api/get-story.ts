import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Story } from '@contract/stories.js';
import { apiGet } from '../../../api/http.js';

export const getStory = (id: string, signal?: AbortSignal) =>
  apiGet<Story>(`/stories/${encodeURIComponent(id)}`, undefined, signal);

export const storyQueryOptions = (id: string) =>
  queryOptions({ queryKey: ['stories', id], queryFn: ({ signal }) => getStory(id, signal) });

export const useStory = (id: string) => useQuery(storyQueryOptions(id));
