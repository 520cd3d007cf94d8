import { z } from 'zod';

/** GET /api/health: the server answers, and says whether Neo4j does. */
export const health = z.object({
  status: z.enum(['ok', 'degraded']),
  neo4j: z.object({ reachable: z.boolean(), detail: z.string().optional() }),
});
