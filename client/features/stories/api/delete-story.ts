import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../api/http.js';

export const deleteStory = (id: string) => apiSend<void>('DELETE', `/stories/${encodeURIComponent(id)}`);

export const useDeleteStory = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteStory,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['stories'] }),
  });
};
