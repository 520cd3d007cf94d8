import { QueryClient } from '@tanstack/react-query';
import { ApiProblem } from '../api/problem.js';

/** Client errors (4xx) are answers, not glitches: they are shown at once. Other failures are retried once. */
export const createQueryClient = () =>
  new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (failures, error) => !(error instanceof ApiProblem && error.status < 500) && failures < 1,
      },
    },
  });
