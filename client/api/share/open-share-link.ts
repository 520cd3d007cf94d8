import { queryOptions, useQuery } from '@tanstack/react-query';
import type { OpenedShareLink } from '@contract/share-links.js';
import { apiGet } from '../http.js';

export const openShareLink = (token: string, signal?: AbortSignal) =>
  apiGet<OpenedShareLink>(`/share/${encodeURIComponent(token)}`, undefined, signal);

export const shareLinkQueryOptions = (token: string) =>
  queryOptions({ queryKey: ['share', token], queryFn: ({ signal }) => openShareLink(token, signal), retry: false });

export const useShareLink = (token: string) => useQuery(shareLinkQueryOptions(token));
