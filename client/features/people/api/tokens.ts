import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ApiToken, createdTokenResponse } from '@contract/auth.js';
import { apiGet, apiSend } from '../../../api/http.js';

// API tokens (admins only): listed without their secret; a new one's secret comes back once.

export type CreatedToken = z.infer<typeof createdTokenResponse>;

export const tokensQueryOptions = () =>
  queryOptions({
    queryKey: ['tokens'],
    queryFn: ({ signal }) => apiGet<{ items: ApiToken[] }>('/tokens', undefined, signal),
  });

export const useTokens = () => useQuery(tokensQueryOptions());

export const useCreateToken = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { email: string; name: string }) => apiSend<CreatedToken>('POST', '/tokens', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['tokens'] }),
  });
};

export const useRevokeToken = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiSend<void>('DELETE', `/tokens/${encodeURIComponent(id)}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['tokens'] }),
  });
};
