import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { changeSetList } from '@contract/changes.js';
import { apiGet } from '../../../api/http.js';

export type ChangeSetList = z.infer<typeof changeSetList>;

export const listChanges = (signal?: AbortSignal) => apiGet<ChangeSetList>('/changes', { limit: 200 }, signal);

export const changesQueryOptions = () =>
  queryOptions({ queryKey: ['changes'], queryFn: ({ signal }) => listChanges(signal) });

export const useChanges = () => useQuery(changesQueryOptions());
