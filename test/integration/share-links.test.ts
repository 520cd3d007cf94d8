import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadSmallMap } from '../helpers/fixtures.js';
import { buildTestApp, resetDatabase } from '../helpers/test-app.js';

let editor: FastifyInstance;
let admin: FastifyInstance;
let visitor: FastifyInstance;
beforeAll(async () => {
  editor = await buildTestApp({ role: 'editor' });
  admin = await buildTestApp({ role: 'admin', config: { BRAID_FRAME_ANCESTORS: ['https://partner.example.org'] } });
  visitor = await buildTestApp({ role: null });
});
afterAll(async () => Promise.all([editor.close(), admin.close(), visitor.close()]));
beforeEach(async () => {
  await resetDatabase();
  await loadSmallMap(admin);
});

const create = (payload: Record<string, unknown>) =>
  editor.inject({ method: 'POST', url: '/api/share-links', payload });
const asLink = (token: string, url: string, method: 'GET' | 'POST' = 'GET') =>
  visitor.inject({ method, url, headers: { 'x-braid-share': token } });

describe('share links', () => {
  it('opens a read-only view without an account, for 90 days by default', async () => {
    const created = await create({ name: 'Scorecard for the board', view: 'scorecard' });
    expect(created.statusCode).toBe(201);
    const { link, token, path } = created.json();
    expect(path).toBe(`/share/${token}`);
    expect(link).toMatchObject({ view: 'scorecard', target: null, status: 'active', created_by: 'test editor' });
    const days = (Date.parse(link.expires_at) - Date.parse(link.created_at)) / 86_400_000;
    expect(days).toBe(90);

    const opened = await visitor.inject({ method: 'GET', url: `/api/share/${token}` });
    expect(opened.statusCode).toBe(200);
    expect(opened.json()).toMatchObject({ name: 'Scorecard for the board', view: 'scorecard' });
    expect((await asLink(token, '/api/analytics/scorecard')).statusCode).toBe(200);
    expect((await asLink(token, '/api/scorecard/settings')).statusCode).toBe(200);
    expect((await asLink(token, '/api/analytics/filter-options')).statusCode).toBe(200);
    // Nothing beyond its view, and never a write.
    const other = await asLink(token, '/api/agencies');
    expect(other.statusCode).toBe(403);
    expect(other.json().title).toBe('Not part of this shared view');
    expect((await asLink(token, '/api/regions', 'POST')).statusCode).toBe(403);
    // Without the link, the visitor is anonymous.
    expect((await visitor.inject({ method: 'GET', url: '/api/analytics/scorecard' })).statusCode).toBe(401);
  });

  it('a finder link shows its partnership only', async () => {
    const { token } = (await create({ name: 'North', view: 'finder', target: 'north-mfg' })).json();
    expect((await asLink(token, '/api/analytics/match/north-mfg')).statusCode).toBe(200);
    expect((await asLink(token, '/api/analytics/match/south-health')).statusCode).toBe(403);
    // The partnership picker's list, as the client asks for it.
    expect((await asLink(token, '/api/partnerships?limit=5000')).statusCode).toBe(200);
  });

  it('a map link reads its own saved view and the map, not the list of saved views', async () => {
    const saved = await editor.inject({
      method: 'POST',
      url: '/api/graph/views',
      payload: { name: 'Workforce', query: 'obj=workforce', positions: {} },
    });
    const other = await editor.inject({
      method: 'POST',
      url: '/api/graph/views',
      payload: { name: 'Internal', query: '', positions: {} },
    });
    const { token } = (await create({ name: 'Map', view: 'map', target: saved.json().id })).json();
    expect((await asLink(token, `/api/graph/views/${saved.json().id}`)).statusCode).toBe(200);
    expect((await asLink(token, '/api/graph')).statusCode).toBe(200);
    expect((await asLink(token, `/api/graph/views/${other.json().id}`)).statusCode).toBe(403);
    expect((await asLink(token, '/api/graph/views')).statusCode).toBe(403);
    expect((await asLink(token, '/api/analytics/scorecard')).statusCode).toBe(403);
  });

  it('an analytics link reads what its filter bar shows, and no other analytic', async () => {
    const { token } = (await create({ name: 'Pairs', view: 'competing-releases', query: 'fy=2026' })).json();
    // The timeline draws the year's releases from the map.
    for (const url of ['/api/analytics/filter-options', '/api/provenance', '/api/graph?fiscal_year=2026'])
      expect((await asLink(token, url)).statusCode, url).toBe(200);
    expect((await asLink(token, '/api/partnerships/')).statusCode).toBe(403);
    expect((await asLink(token, '/api/agencies')).statusCode).toBe(403);
    expect((await asLink(token, '/api/analytics/scorecard')).statusCode).toBe(403);
    expect((await asLink(token, '/api/audit')).statusCode).toBe(403);
  });

  it('refuses a link to nothing', async () => {
    const unknown = await create({ name: 'Nobody', view: 'finder', target: 'nobody' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().detail).toContain('nobody');
    expect((await create({ name: 'Map', view: 'map' })).statusCode).toBe(400);
    expect((await create({ name: 'Too long', view: 'scorecard', expires_in_days: 400 })).statusCode).toBe(400);
  });

  it('stops opening once revoked or expired, and admins see each state', async () => {
    const revoked = (await create({ name: 'Revoked', view: 'competing-releases' })).json();
    const expired = (await create({ name: 'Expired', view: 'scorecard', expires_in_days: 1 })).json();
    const active = (await create({ name: 'Active', view: 'scorecard' })).json();
    expect((await asLink(revoked.token, '/api/analytics/competing-releases')).statusCode).toBe(200);

    const revoke = await editor.inject({ method: 'DELETE', url: `/api/share-links/${revoked.link.id}` });
    expect(revoke.statusCode).toBe(200);
    expect(revoke.json().status).toBe('revoked');
    const refused = await asLink(revoked.token, '/api/analytics/competing-releases');
    expect(refused.statusCode).toBe(410);
    expect(refused.json().title).toBe('Share link revoked');
    expect((await visitor.inject({ method: 'GET', url: `/api/share/${revoked.token}` })).statusCode).toBe(410);

    await admin.db.driver.executeQuery('MATCH (l:ShareLink {id: $id}) SET l.expires_at = $past', {
      id: expired.link.id,
      past: new Date(Date.now() - 1000).toISOString(),
    });
    const late = await asLink(expired.token, '/api/analytics/scorecard');
    expect(late.statusCode).toBe(410);
    expect(late.json().title).toBe('Share link expired');
    expect((await asLink('not-a-token', '/api/analytics/scorecard')).statusCode).toBe(404);

    const list = (await admin.inject({ method: 'GET', url: '/api/share-links' })).json();
    const states = Object.fromEntries(
      list.items.map((link: { name: string; status: string }) => [link.name, link.status]),
    );
    expect(states).toEqual({ Revoked: 'revoked', Expired: 'expired', Active: 'active' });
    expect(JSON.stringify(list)).not.toContain(active.token);
  });

  it('records creating and revoking in the audit trail', async () => {
    const { link } = (await create({ name: 'Board', view: 'scorecard' })).json();
    await editor.inject({ method: 'DELETE', url: `/api/share-links/${link.id}` });
    const { items } = (await admin.inject({ method: 'GET', url: '/api/audit?table=share_links' })).json();
    expect(items.map((entry: { action: string }) => entry.action)).toEqual(['share_link.revoke', 'share_link.create']);
    expect(items[1]).toMatchObject({ keys: [link.id], actor: { label: 'test editor' } });
  });

  it('lets only the configured origins frame a share page', async () => {
    const page = await admin.inject({ method: 'GET', url: '/share/some-token' });
    expect(page.headers['content-security-policy']).toContain('frame-ancestors https://partner.example.org');
    expect(page.headers['x-frame-options']).toBeUndefined();
    const closed = await visitor.inject({ method: 'GET', url: '/share/some-token' });
    expect(closed.headers['content-security-policy']).toContain("frame-ancestors 'none'");
  });
});
