import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ChangeSetDetail } from '@contract/changes.js';
import { apiGet } from '../../../api/http.js';

export const getChange = (id: string, signal?: AbortSignal) =>
  apiGet<ChangeSetDetail>(`/changes/${encodeURIComponent(id)}`, undefined, signal);

export const changeQueryOptions = (id: string) =>
  queryOptions({ queryKey: ['changes', id], queryFn: ({ signal }) => getChange(id, signal) });

export const useChange = (id: string | null) => useQuery({ ...changeQueryOptions(id ?? ''), enabled: id !== null });
