import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { meResponse } from '@contract/auth.js';
import { roleSatisfies, type Role } from '@domain/actor.js';
import { apiGet, apiSend } from './http.js';

// Who is signed in, shared by the header, the sign-in gate and every view that hides what a role may not do.

export type Me = z.infer<typeof meResponse>;

export const meQueryOptions = () =>
  queryOptions({
    queryKey: ['me'],
    queryFn: ({ signal }) => apiGet<Me>('/auth/me', undefined, signal),
    staleTime: 60_000,
  });

export const useMe = () => useQuery(meQueryOptions());

/** May the signed-in person do what needs `role`? False while unknown, so edit buttons never flash. */
export const useCan = (role: Role): boolean => {
  const { data } = useMe();
  return data ? roleSatisfies(data.actor.role, role) : false;
};

export const useSignIn = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { email: string; password: string }) => apiSend<Me>('POST', '/auth/sign-in', body),
    onSuccess: (me) => {
      client.setQueryData(['me'], me);
      void client.invalidateQueries();
    },
  });
};

export const useSignOut = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => apiSend<void>('POST', '/auth/sign-out'),
    // A fresh page: nothing read while signed in stays in memory.
    onSuccess: () => {
      client.clear();
      window.location.assign('/sign-in');
    },
  });
};
