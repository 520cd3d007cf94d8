import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { shareLinkList } from '@contract/share-links.js';
import { apiGet } from '../../../api/http.js';

export type ShareLinkList = z.infer<typeof shareLinkList>;

export const listShareLinks = (signal?: AbortSignal) => apiGet<ShareLinkList>('/share-links', undefined, signal);

export const shareLinksQueryOptions = () =>
  queryOptions({ queryKey: ['share-links'], queryFn: ({ signal }) => listShareLinks(signal) });

export const useShareLinks = () => useQuery(shareLinksQueryOptions());
