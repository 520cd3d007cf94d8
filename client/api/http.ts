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

let shareToken: string | null = null;

/** On a share page every call carries the link's token, which lets it read that one view and nothing else. */
export const setShareToken = (token: string | null): void => {
  shareToken = token;
};

/** True on a share page: views leave out what the link's visitor may not use (writes, other views). */
export const onSharePage = (): boolean => shareToken !== null;

const fetchOk = async (url: string, init: RequestInit): Promise<Response> => {
  const share: Record<string, string> = shareToken ? { 'x-braid-share': shareToken } : {};
  const response = await fetch(url, {
    ...init,
    credentials: 'same-origin',
    headers: { accept: 'application/json', ...clientHeader, ...share, ...init.headers },
  });
  if (!response.ok) throw await problemFromResponse(response);
  return response;
};

const send = async <T>(url: string, init: RequestInit): Promise<T> => {
  const response = await fetchOk(url, init);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
};

/** A GET that also answers the ETag (a row's version), for edits that must not overwrite someone else's. */
export const apiGetWithEtag = async <T>(
  path: string,
  signal?: AbortSignal,
): Promise<{ body: T; etag: string | null }> => {
  const response = await fetchOk(apiUrl(path), { method: 'GET', signal });
  return { body: (await response.json()) as T, etag: response.headers.get('etag') };
};

export const apiGet = <T>(path: string, query?: Record<string, QueryValue>, signal?: AbortSignal): Promise<T> =>
  send<T>(apiUrl(path, query), { method: 'GET', signal });

export const apiSend = <T>(
  method: 'POST' | 'PUT' | 'DELETE',
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<T> =>
  send<T>(apiUrl(path), {
    method,
    ...(body === undefined
      ? { headers }
      : { body: JSON.stringify(body), headers: { 'content-type': 'application/json', ...headers } }),
  });

/** Multipart upload, each file in the field "file" as the import endpoint expects. */
export const apiUpload = <T>(path: string, files: File[], query?: Record<string, QueryValue>): Promise<T> => {
  const form = new FormData();
  for (const file of files) form.append('file', file, file.name);
  return send<T>(apiUrl(path, query), { method: 'POST', body: form });
};
