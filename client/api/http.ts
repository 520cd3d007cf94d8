import { problemFromResponse } from './problem.js';

// Every call to the Braid API goes through here, so every failure becomes an ApiProblem.

export type QueryValue = string | number | boolean | undefined | null;

export const apiUrl = (path: string, query: Record<string, QueryValue> = {}): string => {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query))
    if (value !== undefined && value !== null && value !== '') params.set(name, String(value));
  const search = params.toString();
  return `/api${path}${search ? `?${search}` : ''}`;
};

// The server refuses cookie-authenticated writes without this header: a page on another site cannot send it.
const clientHeader = { 'x-braid-client': '1' };

const send = async <T>(url: string, init: RequestInit): Promise<T> => {
  const response = await fetch(url, {
    ...init,
    credentials: 'same-origin',
    headers: { accept: 'application/json', ...clientHeader, ...init.headers },
  });
  if (!response.ok) throw await problemFromResponse(response);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
};

export const apiGet = <T>(path: string, query?: Record<string, QueryValue>, signal?: AbortSignal): Promise<T> =>
  send<T>(apiUrl(path, query), { method: 'GET', signal });

export const apiSend = <T>(method: 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown): Promise<T> =>
  send<T>(apiUrl(path), {
    method,
    ...(body === undefined ? {} : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }),
  });

/** Multipart upload, each file in the field "file" as the import endpoint expects. */
export const apiUpload = <T>(path: string, files: File[], query?: Record<string, QueryValue>): Promise<T> => {
  const form = new FormData();
  for (const file of files) form.append('file', file, file.name);
  return send<T>(apiUrl(path, query), { method: 'POST', body: form });
};
