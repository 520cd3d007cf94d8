import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot, startE2e, waitForMap, type E2eApp } from './e2e-app.js';

// The Data view on the demo map: upload with row-level validation, downloads, and row forms.

let e2e: E2eApp;
beforeAll(async () => {
  e2e = await startE2e();
});
afterAll(async () => e2e?.close());

const apiStatus = async (url: string) => (await e2e.app.inject({ method: 'GET', url })).statusCode;

describe('data view', () => {
  it('lists the funding streams with downloads for the map and the template', async () => {
    const { page, baseUrl } = e2e;
    await page.goto(`${baseUrl}/data`);
    await page
      .getByRole('table')
      .filter({ hasText: /\d+ funding streams/ })
      .getByRole('row')
      .nth(25)
      .waitFor();
    await page.getByLabel('Search').fill('wioa-adult-fy2024');
    await page.getByRole('cell', { name: 'WIOA Title I Adult FY2024', exact: true }).waitFor();
    await page.getByRole('link', { name: 'The empty template (one sheet per table, headers only)' }).waitFor();
    expect(await page.getByRole('link', { name: 'The whole map as an Excel workbook' }).getAttribute('href')).toBe(
      '/api/export?format=xlsx',
    );
    await screenshot(page, 'data');
  });

  it('shows the bad row of an upload with its error and writes nothing', async () => {
    const { page, baseUrl } = e2e;
    await page.goto(`${baseUrl}/data`);
    const csv =
      'id,name,agency_id,source,fiscal_year,amount,objective_ids\n' +
      'upload-good,Good stream,dlw-wd,state,2026,100000,incumbent-upskilling\n' +
      'upload-bad,Bad stream,dlw-wd,state,2026,-5,incumbent-upskilling\n';
    await page
      .getByLabel('Files', { exact: true })
      .setInputFiles({ name: 'funding_streams.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: 'Import 1 file' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'The import failed' });
    await alert.getByText('must not be negative').waitFor();
    await alert.getByText('funding_streams.csv, row 3').waitFor();
    await alert.getByText('1 problem; nothing was written.').waitFor();
    expect(await apiStatus('/api/funding-streams/upload-good')).toBe(404);
    await screenshot(page, 'data-upload-rejected', { docs: true });
  });

  it('editing a stream shows up on the map', async () => {
    const { page, baseUrl } = e2e;
    await page.goto(`${baseUrl}/data?table=funding_streams&q=wioa-adult-fy2026`);
    await page.getByRole('button', { name: 'Edit funding stream wioa-adult-fy2026' }).click();
    const form = page.getByRole('form', { name: /Edit funding stream wioa-adult-fy2026/ });
    await form.getByLabel(/^Name/).fill('WIOA Title I Adult FY2026 (revised)');
    await form.getByLabel(/^Amount/).fill('$18,250,000');
    await screenshot(page, 'data-edit-stream');
    await form.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Saved funding stream wioa-adult-fy2026.').waitFor();

    await page.getByRole('link', { name: 'Funding map' }).click();
    await waitForMap(page);
    await page.getByRole('combobox', { name: 'Find on the map' }).fill('(revised)');
    await page.getByRole('option', { name: /WIOA Title I Adult FY2026 \(revised\)/ }).click();
    const details = page.getByRole('complementary', { name: 'Details' });
    await details.getByRole('heading', { name: 'WIOA Title I Adult FY2026 (revised)' }).waitFor();
    await details.getByText('$18,250,000').waitFor();
  });

  it('says why a row cannot be deleted while others refer to it', async () => {
    const { page, baseUrl } = e2e;
    await page.goto(`${baseUrl}/data?table=agencies&q=dlw-wd`);
    await page.getByRole('button', { name: 'Delete agency dlw-wd' }).click();
    await page.getByRole('button', { name: 'Yes, delete' }).click();
    await page.getByRole('alert').getByText('Deleting failed: Still referenced').waitFor();
    expect(await apiStatus('/api/agencies/dlw-wd')).toBe(200);
  });

  it('imports a state grants portal export chosen as the source, and lists every record it skipped', async () => {
    const { page, baseUrl } = e2e;
    const portal = resolve(import.meta.dirname, '..', '..', 'seed', 'real', 'pa-grants-portal-2025.json');
    await page.goto(`${baseUrl}/data`);
    await page.getByLabel('What the files are').selectOption('pa-portal');
    await page.getByLabel('Files', { exact: true }).setInputFiles(portal);
    await page.getByRole('button', { name: 'Import 1 file' }).click();
    const report = page.getByRole('status').filter({ hasText: 'records read' });
    await report.getByText('322 records read: 314 imported').waitFor();
    await report.getByRole('table', { name: 'Skipped (8)' }).getByRole('row').nth(8).waitFor();
    expect(await apiStatus('/api/releases/pa-dli3')).toBe(200);
    await screenshot(page, 'data-import-source');
  });
});
