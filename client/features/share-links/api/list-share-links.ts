import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { shareLinkList } from '@contract/share-links.js';
import { apiGet } from '../../../api/http.js';

export type ShareLinkList = z.infer<typeof shareLinkList>;

export const listShareLinks = (signal?: AbortSignal) => apiGet<ShareLinkList>('/share-links', undefined, signal);

export const shareLinksQueryOptions = () =>
  queryOptions({ queryKey: ['share-links'], queryFn: ({ signal }) => listShareLinks(signal) });

/** Only admins may list every link (editors create and revoke theirs), so others do not ask. */
export const useShareLinks = (enabled: boolean) => useQuery({ ...shareLinksQueryOptions(), enabled });
