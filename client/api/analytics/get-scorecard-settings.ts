import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ScorecardSettings } from '@contract/analytics/scorecard.js';
import { apiGet } from '../http.js';

export const getScorecardSettings = (signal?: AbortSignal) =>
  apiGet<ScorecardSettings>('/scorecard/settings', undefined, signal);

export const scorecardSettingsQueryOptions = () =>
  queryOptions({ queryKey: ['scorecard-settings'], queryFn: ({ signal }) => getScorecardSettings(signal) });

export const useScorecardSettings = () => useQuery(scorecardSettingsQueryOptions());
