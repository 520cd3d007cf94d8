import type { MoneyFlowColumn, MoneyFlowLink, MoneyFlowResponse } from '@contract/analytics/money-flow.js';

// The API's bands as Recharts' Sankey wants them (nodes by index), with the smaller nodes of a crowded column
// drawn as one "other" node so the picture stays readable on a large map. The table always lists every band.

export interface SankeyNodeDatum {
  id: string;
  name: string;
  column: MoneyFlowColumn;
  amount: number;
  /** The API's node ids drawn as this node (several for an "other" node). */
  members: string[];
}

export interface SankeyLinkDatum {
  source: number;
  target: number;
  value: number;
  /** The API's bands drawn as this one. */
  bands: MoneyFlowLink[];
}

export interface SankeyData {
  nodes: SankeyNodeDatum[];
  links: SankeyLinkDatum[];
}

const otherNames: Record<MoneyFlowColumn, string> = {
  source: 'Other sources',
  department: 'Other departments',
  agency: 'Other agencies',
  objective: 'Other objectives',
  partnership: 'Other partnerships',
};

/** Nodes in API order (most money first within a column); past `perColumn` in a column, one "other" node. */
export const toSankeyData = (flow: Pick<MoneyFlowResponse, 'nodes' | 'links'>, perColumn = 10): SankeyData => {
  const nodes: SankeyNodeDatum[] = [];
  const drawnAs = new Map<string, number>();
  const seen = new Map<MoneyFlowColumn, number>();
  const others = new Map<MoneyFlowColumn, number>();
  const sizes = new Map<MoneyFlowColumn, number>();
  for (const node of flow.nodes) sizes.set(node.column, (sizes.get(node.column) ?? 0) + 1);
  for (const node of flow.nodes) {
    const rank = seen.get(node.column) ?? 0;
    seen.set(node.column, rank + 1);
    const crowded = rank >= perColumn - 1 && (sizes.get(node.column) ?? 0) > perColumn;
    if (!crowded) {
      drawnAs.set(node.id, nodes.length);
      nodes.push({ id: node.id, name: node.name, column: node.column, amount: node.amount, members: [node.id] });
      continue;
    }
    let index = others.get(node.column);
    if (index === undefined) {
      index = nodes.length;
      others.set(node.column, index);
      nodes.push({
        id: `${node.column}:*`,
        name: otherNames[node.column],
        column: node.column,
        amount: 0,
        members: [],
      });
    }
    const other = nodes[index]!;
    other.amount += node.amount;
    other.members.push(node.id);
    drawnAs.set(node.id, index);
  }
  const links = new Map<string, SankeyLinkDatum>();
  for (const band of flow.links) {
    const source = drawnAs.get(band.source);
    const target = drawnAs.get(band.target);
    if (source === undefined || target === undefined) continue;
    const key = `${source}>${target}`;
    const link = links.get(key) ?? { source, target, value: 0, bands: [] };
    link.value += band.amount;
    link.bands.push(band);
    links.set(key, link);
  }
  return { nodes, links: [...links.values()] };
};

/** What a click selected: a band (source -> target) or a node, as the API's ids. */
export type FlowSelection = { bands: MoneyFlowLink[]; label: string } | null;

/** The streams of the selected bands, for the map link. */
export const selectionStreams = (selection: FlowSelection): string[] =>
  selection === null ? [] : [...new Set(selection.bands.flatMap((band) => band.stream_ids))].sort();

/** Bands touching any of the nodes. */
export const bandsOfNodes = (links: readonly MoneyFlowLink[], nodeIds: readonly string[]): MoneyFlowLink[] => {
  const ids = new Set(nodeIds);
  return links.filter((link) => ids.has(link.source) || ids.has(link.target));
};

/** The map showing the streams (the first 40: a link stays short), one hop around them, in the year. */
export const mapLinkFor = (streamIds: readonly string[], fiscalYear: number | null): string =>
  `/map?sel=${streamIds
    .slice(0, 40)
    .map((id) => `stream:${encodeURIComponent(id)}`)
    .join(',')}&focus=1${fiscalYear ? `&fy=${fiscalYear}` : ''}`;
