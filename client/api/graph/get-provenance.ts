import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ProvenanceResponse } from '@contract/provenance.js';
import { apiGet } from '../http.js';

export const getProvenance = (signal?: AbortSignal) => apiGet<ProvenanceResponse>('/provenance', undefined, signal);

export const provenanceQueryOptions = () =>
  queryOptions({ queryKey: ['provenance'], queryFn: ({ signal }) => getProvenance(signal) });

/** Where the map's figures come from: as-of dates and sourced rows per table. */
export const useProvenance = () => useQuery(provenanceQueryOptions());
