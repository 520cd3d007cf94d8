import { integer } from '../db/integer.js';
import type { QueryName } from '../db/query-names.js';
import type { Database, Tx } from '../db/database.js';
import { fiscalYearOf, fiscalYearWindow } from '../domain/fiscal-year.js';
import {
  mapEdgeTypes,
  mapNodeTypeOfLabel,
  type FundingMap,
  type MapEdge,
  type MapEdgeType,
  type MapNode,
  type MapNodeType,
} from '../contract/map.js';

export const mapId = (type: MapNodeType, key: string): string => `${type}:${key}`;

type NodeRow = Record<string, unknown> & { id: string };

/** A query row as a map node: nulls dropped, the name (or title) as label. */
const toNode = (type: MapNodeType, row: NodeRow): MapNode => {
  const { id, name, title, ...rest } = row;
  const props = Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== null && value !== undefined));
  return { ...props, id: mapId(type, id), key: id, type, label: String(name ?? title ?? id) } as MapNode;
};

const nodeQueries: Array<[MapNodeType, QueryName]> = [
  ['agency', 'map/agencies'],
  ['objective', 'map/objectives'],
  ['solution', 'map/solutions'],
  ['partnership', 'map/partnerships'],
  ['sector', 'map/sectors'],
  ['region', 'map/regions'],
];

interface EdgeRow {
  sourceLabel: string;
  sourceId: string;
  targetLabel: string;
  targetId: string;
  type: MapEdgeType;
  amount: number | null;
  priority: number | null;
  estimatedCost: number | null;
  year: number | null;
}

const toEdge = (row: EdgeRow): MapEdge | null => {
  const sourceType = mapNodeTypeOfLabel[row.sourceLabel];
  const targetType = mapNodeTypeOfLabel[row.targetLabel];
  if (!sourceType || !targetType) return null;
  const source = mapId(sourceType, row.sourceId);
  const target = mapId(targetType, row.targetId);
  const edge: MapEdge = { id: `${row.type}:${source}->${target}`, source, target, type: row.type };
  if (row.type === 'AWARDED' && row.amount !== null) edge.amount = row.amount;
  if (row.type === 'REQUESTS') {
    if (row.priority !== null) edge.priority = row.priority;
    if (row.estimatedCost !== null && row.estimatedCost > 0) edge.estimated_cost = row.estimatedCost;
    if (row.year !== null) edge.year = row.year;
  }
  return edge;
};

/** Fiscal years with any funding data, and the default one: the latest year with streams. */
export const readFiscalYears = async (tx: Tx): Promise<{ years: number[]; latestStreamYear: number | null }> => {
  const rows = await tx.run<{ year: number | null; month: string | null; streams: number }>('map/fiscal-years');
  const yearOf = (row: (typeof rows)[number]): number => row.year ?? fiscalYearOf(`${row.month}-01`);
  const streamYears = rows.filter((row) => row.streams > 0).map(yearOf);
  const years = [...new Set(rows.map(yearOf))].sort((a, b) => a - b);
  return { years, latestStreamYear: streamYears.length > 0 ? Math.max(...streamYears) : null };
};

/** The funding map of one fiscal year (default: the latest year with streams), in one read transaction. */
export const readFundingMap = (db: Database, requestedYear: number | undefined): Promise<FundingMap> =>
  db.readTransaction(async (tx) => {
    const { years, latestStreamYear } = await readFiscalYears(tx);
    const fiscalYear = requestedYear ?? latestStreamYear ?? years.at(-1) ?? null;
    // concat, not push(...rows): spreading a table of 125k+ rows as arguments overflows the stack.
    let nodes: MapNode[] = [];
    for (const [type, name] of nodeQueries)
      nodes = nodes.concat((await tx.run<{ node: NodeRow }>(name)).map(({ node }) => toNode(type, node)));
    let streamIds: string[] = [];
    let releaseIds: string[] = [];
    const window = fiscalYear === null ? null : fiscalYearWindow(fiscalYear);
    if (fiscalYear !== null && window !== null) {
      const year = integer(fiscalYear);
      const streams = await tx.run<{ node: NodeRow }>('map/streams', { fiscalYear: year });
      const releases = await tx.run<{ node: NodeRow }>('map/releases', {
        fiscalYear: year,
        yearStart: window.start,
        yearEnd: window.end,
      });
      streamIds = streams.map(({ node }) => node.id);
      releaseIds = releases.map(({ node }) => node.id);
      nodes = nodes.concat(
        streams.map(({ node }) => toNode('stream', node)),
        releases.map(({ node }) => toNode('release', node)),
      );
    }
    const edgeRows = await tx.run<EdgeRow>('map/edges', { types: [...mapEdgeTypes], streamIds, releaseIds });
    const edges = edgeRows.map(toEdge).filter((edge): edge is MapEdge => edge !== null);
    return {
      fiscal_year: fiscalYear,
      fiscal_years: years,
      year_start: window?.start ?? null,
      year_end: window?.end ?? null,
      nodes,
      edges,
    };
  });
