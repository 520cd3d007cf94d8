import type { Database } from '../db/database.js';

/** How many agencies, streams, objectives, releases and partnerships the map holds: `npm start` seeds an empty one. */
export const countMapNodes = async (db: Database): Promise<number> =>
  (await db.read<{ nodes: number }>('system/count-map'))[0]?.nodes ?? 0;
