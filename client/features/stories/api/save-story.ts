import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Story, StoryInput } from '@contract/stories.js';
import { apiSend } from '../../../api/http.js';

/** Creates a story (no id) or replaces one's name and steps. */
export const saveStory = ({ id, ...story }: StoryInput & { id?: string }) =>
  id ? apiSend<Story>('PUT', `/stories/${encodeURIComponent(id)}`, story) : apiSend<Story>('POST', '/stories', story);

export const useSaveStory = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveStory,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['stories'] }),
  });
};
