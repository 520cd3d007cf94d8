import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { NewSavedView, SavedView } from '@contract/map.js';
import { apiSend } from '../../../api/http.js';

export const createSavedView = (view: NewSavedView) => apiSend<SavedView>('POST', '/graph/views', view);

export const useCreateSavedView = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createSavedView,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['saved-views'] }),
  });
};
