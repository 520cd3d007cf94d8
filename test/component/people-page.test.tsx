import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PeoplePage } from '../../client/features/people/components/people-page.js';
import { mockApi, renderWithApp } from './render.js';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const person = (id: string, email: string, role: string, extra: Record<string, unknown> = {}) => ({
  id,
  email,
  role,
  createdAt: '2026-12-01T10:00:00.000Z',
  hasPassword: false,
  disabled: false,
  singleSignOn: false,
  ...extra,
});
const ana = person('u1', 'ana@state.gov', 'admin', { hasPassword: true });
const bo = person('u2', 'bo@state.gov', 'viewer', { singleSignOn: true });
const me = {
  actor: { id: 'u1', kind: 'user', role: 'admin', label: 'ana@state.gov' },
  publicRead: false,
  singleSignOn: null,
};
const token = {
  id: 't1',
  name: 'nightly',
  email: 'bo@state.gov',
  createdAt: '2026-12-01T10:00:00.000Z',
  lastUsedAt: null,
};

const bodyOf = (calls: Array<{ method: string; url: string; body: unknown }>, method: string, url: string) => {
  const call = calls.find((candidate) => candidate.method === method && candidate.url === url);
  return call?.body === undefined ? undefined : JSON.parse(String(call.body));
};

describe('PeoplePage', () => {
  it('lists people and tokens, and sends each change an admin makes', { timeout: 60_000 }, async () => {
    const calls = mockApi({
      'GET /api/auth/me': { body: me },
      'GET /api/users': { body: { items: [ana, bo] } },
      'GET /api/tokens': { body: { items: [token] } },
      'POST /api/users/u2/sign-in-link': {
        body: { url: 'http://braid.test/api/auth/link/secret', expiresAt: '2026-12-01T10:15:00.000Z' },
      },
      'POST /api/users': { status: 201, body: person('u3', 'cy@state.gov', 'editor') },
      'PUT /api/users/u2/role': { body: { ...bo, role: 'editor' } },
      'PUT /api/users/u2/disabled': { body: { ...bo, disabled: true } },
      'DELETE /api/users/u2': { status: 204 },
      'POST /api/tokens': { status: 201, body: { ...token, id: 't2', name: 'etl', token: 'braid_secret' } },
      'DELETE /api/tokens/t1': { status: 204 },
    });
    renderWithApp(<PeoplePage />, '/people');
    const boRow = within((await screen.findByRole('rowheader', { name: 'bo@state.gov' })).closest('tr')!);
    const anaRow = within(screen.getByRole('rowheader', { name: 'ana@state.gov' }).closest('tr')!);
    expect(anaRow.getByText('password')).toBeTruthy();
    expect(boRow.getByText('single sign-on')).toBeTruthy();
    // An admin never changes, disables or removes themselves here.
    await waitFor(() =>
      expect((anaRow.getByLabelText('Role of ana@state.gov') as HTMLSelectElement).disabled).toBe(true),
    );
    expect(anaRow.queryByRole('button', { name: 'Remove' })).toBeNull();
    expect(anaRow.queryByRole('button', { name: 'Disable' })).toBeNull();

    fireEvent.change(boRow.getByLabelText('Role of bo@state.gov'), { target: { value: 'editor' } });
    await waitFor(() => expect(bodyOf(calls, 'PUT', '/api/users/u2/role')).toEqual({ role: 'editor' }));
    fireEvent.click(boRow.getByRole('button', { name: 'Disable' }));
    await waitFor(() => expect(bodyOf(calls, 'PUT', '/api/users/u2/disabled')).toEqual({ disabled: true }));
    fireEvent.click(boRow.getByRole('button', { name: 'Make sign-in link' }));
    expect((await screen.findByTestId('sign-in-link')).textContent).toBe('http://braid.test/api/auth/link/secret');

    // Removing asks first: no, then yes.
    const confirm = vi.fn().mockReturnValueOnce(false).mockReturnValueOnce(true);
    vi.stubGlobal('confirm', confirm);
    fireEvent.click(boRow.getByRole('button', { name: 'Remove' }));
    expect(calls.some((call) => call.method === 'DELETE' && call.url === '/api/users/u2')).toBe(false);
    fireEvent.click(boRow.getByRole('button', { name: 'Remove' }));
    await waitFor(() =>
      expect(calls.some((call) => call.method === 'DELETE' && call.url === '/api/users/u2')).toBe(true),
    );
    expect(confirm).toHaveBeenCalledWith('Remove bo@state.gov, their sessions and their API tokens?');

    const add = within(screen.getByRole('form', { name: 'Add a person' }));
    fireEvent.change(add.getByLabelText('Email'), { target: { value: 'cy@state.gov' } });
    fireEvent.change(add.getByLabelText('Role'), { target: { value: 'editor' } });
    fireEvent.click(add.getByRole('button', { name: 'Add' }));
    expect(await add.findByText('Added cy@state.gov as editor. Make them a one-time sign-in link below.')).toBeTruthy();
    expect(bodyOf(calls, 'POST', '/api/users')).toEqual({ email: 'cy@state.gov', role: 'editor' });
    expect((add.getByLabelText('Email') as HTMLInputElement).value).toBe('');

    const tokens = within(screen.getByRole('form', { name: 'New API token' }));
    fireEvent.change(tokens.getByLabelText('For'), { target: { value: 'bo@state.gov' } });
    fireEvent.change(tokens.getByLabelText('Token name'), { target: { value: 'etl' } });
    fireEvent.click(tokens.getByRole('button', { name: 'Create token' }));
    expect((await screen.findByTestId('new-token')).textContent).toBe('braid_secret');
    expect(bodyOf(calls, 'POST', '/api/tokens')).toEqual({ email: 'bo@state.gov', name: 'etl' });
    fireEvent.click(screen.getByRole('button', { name: 'Revoke nightly' }));
    await waitFor(() =>
      expect(calls.some((call) => call.method === 'DELETE' && call.url === '/api/tokens/t1')).toBe(true),
    );
  });

  it('explains a refusal in words', async () => {
    mockApi({
      'GET /api/auth/me': { body: me },
      'GET /api/users': { body: { items: [ana] } },
      'GET /api/tokens': { body: { items: [] } },
      'POST /api/users': {
        status: 409,
        body: { title: 'Already a person', status: 409, detail: 'ana@state.gov already has an account.' },
      },
    });
    renderWithApp(<PeoplePage />, '/people');
    const add = within(await screen.findByRole('form', { name: 'Add a person' }));
    fireEvent.change(add.getByLabelText('Email'), { target: { value: 'ana@state.gov' } });
    fireEvent.click(add.getByRole('button', { name: 'Add' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Adding the person failed: Already a person');
    expect(alert.textContent).toContain('ana@state.gov already has an account.');
  });
});
