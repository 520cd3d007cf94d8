import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../api/http.js';

export const deleteSavedView = (id: string) => apiSend<void>('DELETE', `/graph/views/${encodeURIComponent(id)}`);

export const useDeleteSavedView = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteSavedView,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['saved-views'] }),
  });
};
