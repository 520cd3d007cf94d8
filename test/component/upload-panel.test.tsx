import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { UploadPanel } from '../../client/features/data/components/upload-panel.js';
import { entityNames } from '../../server/domain/catalog.js';
import { sources } from '../../server/sources/registry.js';
import { describeSource } from '../../server/sources/source-descriptor.js';
import { mockApi, renderWithApp } from './render.js';

// The panel asks the server which public sources it can read; the answer is the registry's own.
const listedSources = { 'GET /api/sources': { body: { sources: sources.map(describeSource) } } };

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const chooseFile = () => {
  const input = screen.getByLabelText('Files') as HTMLInputElement;
  const file = new File(['id,name\n'], 'agencies.csv', { type: 'text/csv' });
  fireEvent.change(input, { target: { files: [file] } });
};

describe('UploadPanel', () => {
  it('lists every bad row of a rejected upload and says nothing was written', async () => {
    mockApi({
      ...listedSources,
      'POST /api/import?mode=upsert': {
        status: 400,
        body: {
          title: 'The data has problems',
          status: 400,
          detail: '1 problem',
          problems: [{ file: 'funding_streams.csv', row: 4, column: 'amount', message: 'must not be negative' }],
        },
      },
    });
    renderWithApp(<UploadPanel />);
    chooseFile();
    fireEvent.click(screen.getByRole('button', { name: 'Import 1 file' }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('must not be negative')).toBeTruthy();
    expect(within(alert).getByText('funding_streams.csv, row 4')).toBeTruthy();
    expect(within(alert).getByText('1 problem; nothing was written.')).toBeTruthy();
  });

  it('reports what an accepted upload changed', async () => {
    const counts = { created: 0, updated: 0, unchanged: 0, deleted: 0 };
    const tables = Object.fromEntries(entityNames.map((name) => [name, counts]));
    mockApi({
      ...listedSources,
      'POST /api/import?mode=upsert': {
        body: { mode: 'upsert', rows: 4, tables: { ...tables, agencies: { ...counts, created: 4 } } },
      },
    });
    renderWithApp(<UploadPanel />);
    chooseFile();
    fireEvent.click(screen.getByRole('button', { name: 'Import 1 file' }));
    const row = (await screen.findByRole('rowheader', { name: 'Agencies' })).closest('tr')!;
    expect(row.textContent).toBe('Agencies4000');
  });

  it('offers to confirm a replace the server refused because it would empty tables', async () => {
    const counts = { created: 0, updated: 0, unchanged: 0, deleted: 0 };
    const tables = Object.fromEntries(entityNames.map((name) => [name, counts]));
    const calls = mockApi({
      ...listedSources,
      'POST /api/import?mode=replace&confirm=delete-missing': {
        body: { mode: 'replace', rows: 0, tables: { ...tables, agencies: { ...counts, deleted: 4 } } },
      },
      'POST /api/import?mode=replace': {
        status: 409,
        body: {
          title: 'Replace would empty tables',
          status: 409,
          detail: 'The upload has no rows for agencies (4 in the map)',
          tables: [{ table: 'agencies', rows: 4 }],
        },
      },
    });
    vi.stubGlobal('confirm', () => true);
    renderWithApp(<UploadPanel />);
    chooseFile();
    fireEvent.click(screen.getByLabelText(/Replace the whole map/));
    fireEvent.click(screen.getByRole('button', { name: 'Import 1 file' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Replace anyway and delete them' }));
    expect(await screen.findByRole('status')).toBeTruthy();
    expect(calls.filter((call) => call.method === 'POST').map((call) => call.url)).toEqual([
      expect.stringContaining('mode=replace'),
      expect.stringContaining('confirm=delete-missing'),
    ]);
  });
});
