import { describe, expect, it } from 'vitest';
import { indexMap, pathEdges, shortestPath, withinHops } from '../../../client/features/map/graph-index.js';
import { smallMap } from './small-funding-map.js';

const index = indexMap(smallMap);

describe('graph index', () => {
  it('lists neighbours in both directions', () => {
    const neighbours = index.neighbours('objective:childcare').map(({ node, outgoing }) => [node.id, outgoing]);
    expect(neighbours).toEqual([['solution:childcare-sol', false]]);
  });

  it('finds everything within k links', () => {
    expect([...withinHops(index, ['solution:childcare-sol'], 1)].sort()).toEqual([
      'objective:childcare',
      'partnership:north-mfg',
      'solution:childcare-sol',
    ]);
    expect(withinHops(index, ['solution:childcare-sol'], 2).has('region:north')).toBe(true);
  });

  it('walks only through allowed nodes when asked', () => {
    const allowed = new Set(['solution:childcare-sol', 'objective:childcare']);
    expect([...withinHops(index, ['solution:childcare-sol'], 3, allowed)].sort()).toEqual([
      'objective:childcare',
      'solution:childcare-sol',
    ]);
  });

  it('finds the shortest chain of links and its edges', () => {
    const path = shortestPath(index, 'objective:childcare', 'region:north');
    expect(path).toEqual(['objective:childcare', 'solution:childcare-sol', 'partnership:north-mfg', 'region:north']);
    expect(pathEdges(index, path!)).toEqual([
      'ADVANCES:solution:childcare-sol->objective:childcare',
      'REQUESTS:partnership:north-mfg->solution:childcare-sol',
      'IN_REGION:partnership:north-mfg->region:north',
    ]);
  });

  it('says when two nodes are not linked', () => {
    const lonely = indexMap({
      nodes: [...smallMap.nodes, { id: 'sector:x', key: 'x', type: 'sector', label: 'X' }],
      edges: smallMap.edges,
    });
    expect(shortestPath(lonely, 'sector:x', 'agency:dol')).toBeNull();
    expect(shortestPath(lonely, 'sector:x', 'agency:nobody')).toBeNull();
  });
});
