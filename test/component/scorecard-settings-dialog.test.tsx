import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ScorecardSettingsDialog } from '../../client/features/scorecard/components/scorecard-settings-dialog.js';
import { describeIndicator } from '../../client/features/scorecard/indicator-format.js';
import { mockApi, renderWithApp } from './render.js';

// jsdom has <dialog> but not its modal methods.
beforeAll(() => {
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.open = false;
  };
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const settings = [
  { id: 'utilization' as const, visible: true, target: 0.3 },
  { id: 'unmatched_requests' as const, visible: true, target: null },
];

const open = () =>
  renderWithApp(<ScorecardSettingsDialog open onClose={vi.fn()} settings={settings} describe={describeIndicator} />);
const target = (label: string) => screen.getByLabelText(new RegExp(`^Target for ${label}`));
const type = (label: string, value: string) => fireEvent.change(target(label), { target: { value } });

describe('ScorecardSettingsDialog', () => {
  it('refuses "five" and 150% at the field instead of saving them as something else', async () => {
    const calls = mockApi({});
    open();
    type('Utilization', '150');
    type('Unmatched requests', 'five');
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText('Enter a percentage from 0 to 100, or leave it blank for no target.')).toBeTruthy();
    expect(screen.getByText('Enter a whole number of at least 0, or leave it blank for no target.')).toBeTruthy();
    expect(target('Utilization').getAttribute('aria-invalid')).toBe('true');
    expect(target('Utilization').getAttribute('aria-describedby')).toBe('target-error-utilization');
    expect(calls.some((call) => call.method === 'PUT')).toBe(false);
  });

  it('sends a percentage as a share and shows the server’s refusal at the field it names', async () => {
    const calls = mockApi({
      'PUT /api/scorecard/settings': {
        status: 400,
        body: {
          title: 'Invalid request',
          status: 400,
          errors: [{ field: 'indicators.1.target', message: 'must be a whole number of at least 0' }],
        },
      },
    });
    open();
    type('Utilization', '45 %');
    type('Unmatched requests', '3');
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(
      await screen.findByText('The server refused this target: it must be a whole number of at least 0.'),
    ).toBeTruthy();
    expect(target('Unmatched requests').getAttribute('aria-invalid')).toBe('true');
    expect(target('Utilization').getAttribute('aria-invalid')).toBeNull();
    const put = calls.find((call) => call.method === 'PUT');
    expect(JSON.parse(String(put?.body))).toEqual({
      indicators: [
        { id: 'utilization', visible: true, target: 0.45 },
        { id: 'unmatched_requests', visible: true, target: 3 },
      ],
    });
  });
});
