import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { entityByName } from '../../server/domain/catalog.js';
import { RowForm } from '../../client/features/data/components/row-form.js';
import { renderWithApp } from './render.js';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('RowForm and a stale edit', () => {
  it('sends the version it started from, shows the current values on 409, and can start again from them', async () => {
    const puts: Array<{ ifMatch: string | null; body: unknown }> = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (_input: RequestInfo | URL, init?: RequestInit) => {
        if (init?.method !== 'PUT') return json(200, { items: [], total: 0, limit: 5000, offset: 0 });
        const ifMatch = new Headers(init.headers).get('if-match');
        puts.push({ ifMatch, body: JSON.parse(String(init.body)) });
        return ifMatch === '"1"'
          ? json(409, {
              title: 'Changed by someone else',
              status: 409,
              detail: 'The region "north" was changed since you opened it (now version 2).',
              current: { id: 'north', name: 'Northern Region' },
              version: 2,
            })
          : json(200, { id: 'north', name: 'North' });
      }),
    );
    const onDone = vi.fn();
    renderWithApp(
      <RowForm
        entity={entityByName('regions')}
        existing={{ id: 'north', name: 'North Region' }}
        version={'"1"'}
        onDone={onDone}
      />,
    );
    const name = screen.getByLabelText(/^Name( \*)?$/);
    fireEvent.change(name, { target: { value: 'North' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Someone else changed this region since you opened it')).toBeTruthy();
    expect(screen.getByText('Northern Region')).toBeTruthy();
    expect(puts[0]?.ifMatch).toBe('"1"');
    expect(onDone).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: 'Start again from the current values' }));
    expect((name as HTMLInputElement).value).toBe('Northern Region');
    fireEvent.change(name, { target: { value: 'North' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(puts[1]).toEqual({ ifMatch: '"2"', body: expect.objectContaining({ name: 'North' }) });
  });
});
