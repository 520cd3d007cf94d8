import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router-dom';
import { vi } from 'vitest';

/** Renders a component as the app does: with a fresh query client (no retries) and a router at `url`. */
export const renderWithApp = (ui: ReactElement, url = '/') => {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  return render(
    <QueryClientProvider client={queryClient}>
      <MemoryRouter initialEntries={[url]}>{ui}</MemoryRouter>
    </QueryClientProvider>,
  );
};

type Reply = { status?: number; body?: unknown; type?: string } | Error;

/** Replaces fetch: each call answers with the first reply whose key is in "METHOD /path?query". */
export const mockApi = (replies: Record<string, Reply>) => {
  const calls: Array<{ method: string; url: string; body: unknown }> = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    const method = init?.method ?? 'GET';
    calls.push({ method, url, body: init?.body });
    const key = Object.keys(replies).find((candidate) => `${method} ${url}`.startsWith(candidate));
    const reply = key === undefined ? { status: 404, body: { title: 'Not found', status: 404 } } : replies[key]!;
    if (reply instanceof Error) throw reply;
    const status = reply.status ?? 200;
    return new Response(status === 204 ? null : JSON.stringify(reply.body ?? {}), {
      status,
      headers: { 'content-type': reply.type ?? (status >= 400 ? 'application/problem+json' : 'application/json') },
    });
  });
  vi.stubGlobal('fetch', fetchMock);
  return calls;
};
