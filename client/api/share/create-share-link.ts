import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { createdShareLink, NewShareLink } from '@contract/share-links.js';
import { apiSend } from '../http.js';

export type CreatedShareLink = z.infer<typeof createdShareLink>;

export const createShareLink = (link: Partial<NewShareLink>) => apiSend<CreatedShareLink>('POST', '/share-links', link);

export const useCreateShareLink = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createShareLink,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['share-links'] }),
  });
};
