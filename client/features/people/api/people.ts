import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { signInLinkResponse, User } from '@contract/auth.js';
import type { Role } from '@domain/actor.js';
import { apiGet, apiSend } from '../../../api/http.js';

// People who may sign in (admins only): the list and each change, which refreshes the list.

export type SignInLink = z.infer<typeof signInLinkResponse>;

export const peopleQueryOptions = () =>
  queryOptions({
    queryKey: ['people'],
    queryFn: ({ signal }) => apiGet<{ items: User[] }>('/users', undefined, signal),
  });

export const usePeople = () => useQuery(peopleQueryOptions());

const usePeopleChange = <T, R>(change: (input: T) => Promise<R>) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: change,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['people'] }),
  });
};

const person = (id: string) => `/users/${encodeURIComponent(id)}`;

export const useAddPerson = () =>
  usePeopleChange((body: { email: string; role: Role }) => apiSend<User>('POST', '/users', body));

export const useSetRole = () =>
  usePeopleChange(({ id, role }: { id: string; role: Role }) => apiSend<User>('PUT', `${person(id)}/role`, { role }));

export const useSetDisabled = () =>
  usePeopleChange(({ id, disabled }: { id: string; disabled: boolean }) =>
    apiSend<User>('PUT', `${person(id)}/disabled`, { disabled }),
  );

export const useRemovePerson = () => usePeopleChange((id: string) => apiSend<void>('DELETE', person(id)));

export const useMakeSignInLink = () =>
  useMutation({ mutationFn: (id: string) => apiSend<SignInLink>('POST', `${person(id)}/sign-in-link`) });
