import { queryOptions, useQuery } from '@tanstack/react-query';
import type { SourceList } from '@contract/sources.js';
import { apiGet } from '../../../api/http.js';

/** The public sources the import reads, with the options each asks for (from the server's one registry). */
export const listSources = (signal?: AbortSignal) => apiGet<SourceList>('/sources', undefined, signal);

// The registry changes only with a new server, so the list is read once per page load.
export const sourcesQueryOptions = () =>
  queryOptions({ queryKey: ['sources'], queryFn: ({ signal }) => listSources(signal), staleTime: Infinity });

export const useSources = () => useQuery(sourcesQueryOptions());
