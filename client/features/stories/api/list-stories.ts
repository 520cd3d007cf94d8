import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Story } from '@contract/stories.js';
import { apiGet } from '../../../api/http.js';

export const listStories = (signal?: AbortSignal) => apiGet<{ items: Story[] }>('/stories', undefined, signal);

export const storiesQueryOptions = () =>
  queryOptions({ queryKey: ['stories'], queryFn: ({ signal }) => listStories(signal) });

export const useStories = () => useQuery(storiesQueryOptions());
