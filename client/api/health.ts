import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from './http.js';

export interface Health {
  status: 'ok' | 'degraded';
  neo4j: { reachable: boolean; detail?: string };
}

export const getHealth = (signal?: AbortSignal) => apiGet<Health>('/health', undefined, signal);

export const healthQueryOptions = () =>
  queryOptions({
    queryKey: ['health'],
    queryFn: ({ signal }) => getHealth(signal),
    refetchInterval: 15_000,
    retry: false,
  });

export const useHealth = () => useQuery(healthQueryOptions());
