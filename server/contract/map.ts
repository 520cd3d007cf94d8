import { z } from 'zod';

// The funding map as GET /api/graph returns it. Plain zod only: the client imports these types.

export const mapNodeTypes = [
  'agency',
  'stream',
  'release',
  'objective',
  'solution',
  'partnership',
  'sector',
  'region',
] as const;
export type MapNodeType = (typeof mapNodeTypes)[number];

/** The map node type of each Neo4j label: the map's edges and the finder's explanation paths name nodes by label. */
export const mapNodeTypeOfLabel: Readonly<Record<string, MapNodeType>> = {
  Agency: 'agency',
  FundingStream: 'stream',
  Release: 'release',
  Objective: 'objective',
  Solution: 'solution',
  Partnership: 'partnership',
  Sector: 'sector',
  Region: 'region',
};

export const mapEdgeTypes = [
  'PART_OF',
  'ADMINISTERS',
  'ISSUES',
  'DRAWS_ON',
  'PASSES_THROUGH',
  'SUPPORTS',
  'TARGETS',
  'ADVANCES',
  'REQUESTS',
  'AWARDED',
  'SCOPED_TO',
  'IN_REGION',
  'FOCUSES_ON',
] as const;
export type MapEdgeType = (typeof mapEdgeTypes)[number];

export const mapNodeSchema = z.object({
  id: z.string().describe('unique on the map: <type>:<key>, since ids are only unique within a table'),
  key: z.string().describe('the id of the row, as the CRUD API addresses it'),
  type: z.enum(mapNodeTypes),
  label: z.string(),
  department_id: z.string().optional().describe('agencies, streams and releases: the top agency of the chain'),
  agency_id: z.string().optional(),
  parent_id: z.string().optional(),
  acronym: z.string().optional(),
  level: z.string().optional(),
  kind: z.string().optional(),
  category: z.string().optional(),
  amount: z.number().optional(),
  obligated: z.number().optional(),
  expended: z.number().optional(),
  source: z.string().optional().describe('streams, and releases drawing on one: federal, state, ...'),
  flexibility: z.string().optional(),
  match_percent: z.number().optional(),
  assistance_listing: z.string().optional(),
  expires: z.string().optional(),
  fiscal_year: z.number().optional(),
  stream_id: z.string().optional(),
  opens: z.string().optional(),
  closes: z.string().optional(),
  stage: z.string().optional(),
  applicant_type: z.string().optional(),
  business_champions: z.number().optional(),
  region_id: z.string().optional(),
  source_url: z.string().optional().describe("where the row's figures come from"),
  as_of: z.string().optional().describe("the day the row's figures are as of"),
});
export type MapNode = z.infer<typeof mapNodeSchema>;

export const mapEdgeSchema = z.object({
  id: z.string(),
  source: z.string(),
  target: z.string(),
  type: z.enum(mapEdgeTypes),
  amount: z.number().optional().describe('awards: total awarded'),
  priority: z.number().optional().describe('requests: 1 (highest) to 5'),
  estimated_cost: z.number().optional().describe('requests'),
  year: z.number().optional().describe('requests: the fiscal year asked for; absent: every year'),
});
export type MapEdge = z.infer<typeof mapEdgeSchema>;

export const fundingMapSchema = z.object({
  fiscal_year: z.number().nullable().describe('the year shown; null when there is no funding data at all'),
  fiscal_years: z.array(z.number()).describe('every fiscal year with streams or releases, ascending'),
  year_start: z.string().nullable().describe('first day of the state fiscal year (July 1)'),
  year_end: z.string().nullable().describe('last day of the state fiscal year (June 30)'),
  nodes: z.array(mapNodeSchema),
  edges: z.array(mapEdgeSchema),
});
export type FundingMap = z.infer<typeof fundingMapSchema>;

export const fundingMapQuerySchema = z.object({
  fiscal_year: z.coerce.number().int().min(1990).max(2100).optional().describe('default: the latest stream year'),
});

export const savedViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  query: z.string().describe('the map URL query: filters, styling, layout, selection'),
  created_at: z.string(),
  positions: z
    .record(z.string(), z.object({ x: z.number(), y: z.number() }))
    .optional()
    .describe('node positions by map id, when the view keeps its layout'),
});
export type SavedView = z.infer<typeof savedViewSchema>;

export const newSavedViewSchema = z.object({
  name: z.string().trim().min(1, 'is required').max(200, 'is longer than 200 characters'),
  query: z.string().max(20000),
  positions: savedViewSchema.shape.positions,
});
export type NewSavedView = z.infer<typeof newSavedViewSchema>;

export const savedViewIdParams = z.object({ id: z.string().min(1).max(100) });
export const savedViewListSchema = z.object({ items: z.array(savedViewSchema) });
