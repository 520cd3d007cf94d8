import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ShareLinksPage } from '../../client/features/share-links/components/share-links-page.js';
import { mockApi, renderWithApp } from './render.js';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const link = {
  id: 'l1',
  name: 'North partnership',
  view: 'finder',
  target: 'north-mfg',
  query: '',
  created_at: '2026-12-01T10:00:00.000Z',
  created_by: 'ana@state.gov',
  expires_at: '2027-03-01T10:00:00.000Z',
  revoked_at: null,
  status: 'active',
};

const admin = { id: 'u1', kind: 'user', role: 'admin', label: 'ana@state.gov' };

describe('ShareLinksPage', () => {
  it('creates a finder link for a partnership, shows its address once, and lists links with revoke', async () => {
    const calls = mockApi({
      'POST /api/share-links': { status: 201, body: { link, token: 'tok', path: '/share/tok' } },
      'DELETE /api/share-links/l1': { body: { ...link, status: 'revoked' } },
      'GET /api/share-links': { body: { items: [link] } },
      'GET /api/auth/me': { body: { actor: admin, publicRead: false, singleSignOn: null } },
    });
    renderWithApp(<ShareLinksPage />, '/share-links');
    expect(await screen.findByText('north-mfg', { exact: false })).toBeTruthy();
    fireEvent.change(screen.getByLabelText('What it is for'), { target: { value: 'North partnership' } });
    fireEvent.change(screen.getByLabelText('View'), { target: { value: 'finder' } });
    fireEvent.change(screen.getByLabelText('Partnership id'), { target: { value: 'north-mfg' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create link' }));
    expect(await screen.findByText(/\/share\/tok$/)).toBeTruthy();
    const post = calls.find((call) => call.method === 'POST');
    expect(JSON.parse(String(post?.body))).toEqual({
      name: 'North partnership',
      view: 'finder',
      target: 'north-mfg',
      expires_in_days: 90,
    });
    fireEvent.click(screen.getByRole('button', { name: 'Revoke' }));
    await vi.waitFor(() => expect(calls.some((call) => call.method === 'DELETE')).toBe(true));
  });

  it('shows an editor the form, and asks no list that only admins may read', async () => {
    const calls = mockApi({
      'GET /api/auth/me': { body: { actor: { ...admin, role: 'editor' }, publicRead: false, singleSignOn: null } },
    });
    renderWithApp(<ShareLinksPage />, '/share-links');
    expect(await screen.findByText(/Admins see every link/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Create link' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(calls.some((call) => call.url.startsWith('/api/share-links'))).toBe(false);
  });
});
