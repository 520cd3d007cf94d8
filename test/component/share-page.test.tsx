import { cleanup, screen, waitFor } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setShareToken } from '../../client/api/http.js';
import { SharePage } from '../../client/app/share-page.js';
import { renderWithApp } from './render.js';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  setShareToken(null);
});

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const stubFetch = (answer: (url: string) => Response) => {
  const calls: Array<{ url: string; share: string | null }> = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      calls.push({ url: String(input), share: new Headers(init?.headers).get('x-braid-share') });
      return answer(String(input));
    }),
  );
  return calls;
};

const renderShare = (url: string) =>
  renderWithApp(
    <Routes>
      <Route path="/share/:token" element={<SharePage />} />
    </Routes>,
    url,
  );

describe('SharePage', () => {
  it('explains a revoked link in words', async () => {
    stubFetch(() =>
      json(410, { title: 'Share link revoked', status: 410, detail: 'This link can no longer be opened.' }),
    );
    renderShare('/share/tok');
    expect(await screen.findByText(/Share link revoked/)).toBeTruthy();
  });

  it('opens the view named by the link, read-only, with every call carrying the token', async () => {
    const calls = stubFetch((url) =>
      url.startsWith('/api/share/')
        ? json(200, {
            id: 'l1',
            name: 'Board scorecard',
            view: 'scorecard',
            target: null,
            query: 'fy=2026',
            expires_at: '2027-03-01T00:00:00.000Z',
          })
        : json(503, { title: 'The database is unavailable', status: 503 }),
    );
    renderShare('/share/tok');
    expect(await screen.findByText('Board scorecard')).toBeTruthy();
    expect(screen.getByText(/Read-only, until 2027-03-01/)).toBeTruthy();
    // The view is a lazily loaded chunk: on a loaded machine it takes more than waitFor's default second.
    await waitFor(() => expect(calls.some((call) => call.url.startsWith('/api/analytics/scorecard'))).toBe(true), {
      timeout: 15_000,
    });
    expect(calls.every((call) => call.share === 'tok')).toBe(true);
    expect(calls.find((call) => call.url.startsWith('/api/analytics/scorecard'))?.url).toContain('fiscal_year=2026');
  });
});
