import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HealthBanner } from '../../client/components/health-banner.js';
import { mockApi, renderWithApp } from './render.js';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('HealthBanner', () => {
  it('says so plainly when Neo4j is down', async () => {
    mockApi({ 'GET /api/health': { body: { status: 'degraded', neo4j: { reachable: false } } } });
    renderWithApp(<HealthBanner />);
    expect((await screen.findByRole('alert')).textContent).toContain('The database is not reachable.');
  });

  it('says so when the server itself does not answer', async () => {
    mockApi({ 'GET /api/health': new TypeError('Failed to fetch') });
    renderWithApp(<HealthBanner />);
    expect((await screen.findByRole('alert')).textContent).toContain('Braid cannot reach its server.');
  });

  it('shows nothing when all is well', async () => {
    const calls = mockApi({ 'GET /api/health': { body: { status: 'ok', neo4j: { reachable: true } } } });
    renderWithApp(<HealthBanner />);
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
