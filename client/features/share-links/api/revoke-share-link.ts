import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ShareLink } from '@contract/share-links.js';
import { apiSend } from '../../../api/http.js';

export const revokeShareLink = (id: string) => apiSend<ShareLink>('DELETE', `/share-links/${encodeURIComponent(id)}`);

export const useRevokeShareLink = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeShareLink,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['share-links'] }),
  });
};
