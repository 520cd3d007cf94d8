import { describe, expect, it } from 'vitest';
import type { MoneyFlowLink, MoneyFlowNode } from '../../../server/contract/analytics/money-flow.js';
import { bandsOfNodes, mapLinkFor, toSankeyData } from '../../../client/features/money-flow/sankey-data.js';

const node = (id: string, amount: number): MoneyFlowNode => {
  const [column, refId = ''] = id.split(':') as [MoneyFlowNode['column'], string];
  return { id, column, ref_id: refId, name: refId.toUpperCase(), amount, stream_ids: [] };
};
const link = (source: string, target: string, amount: number, streamIds: string[] = []): MoneyFlowLink => ({
  source,
  target,
  amount,
  stream_ids: streamIds,
});

describe('money flow as Sankey data', () => {
  it('indexes nodes in API order and links by index', () => {
    const data = toSankeyData({
      nodes: [node('source:federal', 10), node('department:d', 10), node('agency:a', 10)],
      links: [link('source:federal', 'department:d', 10), link('department:d', 'agency:a', 10)],
    });
    expect(data.nodes.map((entry) => entry.id)).toEqual(['source:federal', 'department:d', 'agency:a']);
    expect(data.links.map(({ source, target, value }) => [source, target, value])).toEqual([
      [0, 1, 10],
      [1, 2, 10],
    ]);
  });

  it('draws the smaller nodes of a crowded column as one "other" node, keeping every dollar', () => {
    const agencies = ['a1', 'a2', 'a3', 'a4'].map((id, index) => node(`agency:${id}`, 40 - index * 10));
    const data = toSankeyData(
      {
        nodes: [node('department:d', 100), ...agencies],
        links: agencies.map((agency) => link('department:d', agency.id, agency.amount)),
      },
      3,
    );
    expect(data.nodes.map((entry) => [entry.id, entry.amount])).toEqual([
      ['department:d', 100],
      ['agency:a1', 40],
      ['agency:a2', 30],
      ['agency:*', 30],
    ]);
    expect(data.nodes[3]?.members).toEqual(['agency:a3', 'agency:a4']);
    expect(data.links.map((entry) => entry.value)).toEqual([40, 30, 30]);
    expect(data.links[2]?.bands).toHaveLength(2);
    expect(data.links.reduce((total, entry) => total + entry.value, 0)).toBe(100);
  });

  it('finds the bands of a node and links the map to their streams', () => {
    const links = [link('agency:a', 'objective:o', 5, ['s1']), link('agency:b', 'objective:p', 5, ['s2'])];
    expect(bandsOfNodes(links, ['objective:o'])).toEqual([links[0]]);
    expect(mapLinkFor(['s 1', 's2'], 2026)).toBe('/map?sel=stream:s%201,stream:s2&focus=1&fy=2026');
  });
});
