import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ScorecardSettings } from '@contract/analytics/scorecard.js';
import { apiSend } from '../http.js';

export const saveScorecardSettings = (settings: ScorecardSettings) =>
  apiSend<ScorecardSettings>('PUT', '/scorecard/settings', settings);

/** Saves which indicators show, their order and targets; the scorecard is read again. */
export const useSaveScorecardSettings = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveScorecardSettings,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['scorecard-settings'] }),
        queryClient.invalidateQueries({ queryKey: ['analytics', 'scorecard'] }),
      ]),
  });
};
