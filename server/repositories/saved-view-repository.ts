import { randomUUID } from 'node:crypto';
import type { Database } from '../db/database.js';
import type { Actor } from '../domain/actor.js';
import { recordAudit } from './audit-repository.js';
import { NotFound } from '../domain/errors.js';
import type { NewSavedView, SavedView } from '../contract/map.js';

// Saved map views live in the graph as :SavedMapView nodes (settings, not map data: imports leave them alone).
// Positions are kept as one JSON string, since Neo4j properties cannot hold maps.

interface StoredView {
  id: string;
  name: string;
  query: string;
  created_at: string;
  positions?: string | null;
}

const toView = ({ positions, ...view }: StoredView): SavedView =>
  positions ? { ...view, positions: JSON.parse(positions) as SavedView['positions'] } : view;

export const listSavedViews = async (db: Database): Promise<SavedView[]> =>
  (await db.read<{ view: StoredView }>('map/list-views')).map(({ view }) => toView(view));

export const readSavedView = async (db: Database, id: string): Promise<SavedView> => {
  const [row] = await db.read<{ view: StoredView }>('map/read-view', { id });
  if (!row) throw NotFound.of('saved view', id);
  return toView(row.view);
};

export const createSavedView = async (db: Database, view: NewSavedView, actor: Actor): Promise<SavedView> =>
  db.writeTransaction(async (tx) => {
    const id = randomUUID().slice(0, 8);
    const [row] = await tx.run<{ view: StoredView }>('map/save-view', {
      id,
      name: view.name,
      query: view.query,
      positions: view.positions ? JSON.stringify(view.positions) : null,
      createdAt: new Date().toISOString(),
    });
    if (!row) throw new Error('saving a view returned nothing');
    await recordAudit(tx, actor, {
      action: 'saved_view.create',
      tables: ['saved_views'],
      keys: [id],
      detail: view.name,
    });
    return toView(row.view);
  });

export const deleteSavedView = async (db: Database, id: string, actor: Actor): Promise<void> =>
  db.writeTransaction(async (tx) => {
    const [row] = await tx.run<{ deleted: number; name: string | null }>('map/delete-view', { id });
    if (!row || row.deleted === 0) throw NotFound.of('saved view', id);
    await recordAudit(tx, actor, {
      action: 'saved_view.delete',
      tables: ['saved_views'],
      keys: [id],
      ...(row.name ? { detail: row.name } : {}),
    });
  });
