import { describe, expect, it } from 'vitest';
import { explainMatch } from '../../../client/features/map/explain-match.js';
import { indexMap } from '../../../client/features/map/graph-index.js';
import { traceBetween } from '../../../client/features/map/map-model.js';
import type { MapEdge, MapNode } from '../../../server/contract/map.js';
import { smallMap } from './small-funding-map.js';

const index = indexMap(smallMap);

describe('why a stream matches a partnership', () => {
  it('gives the objective chain, shared scope and awards in plain words', () => {
    const reasons = explainMatch(index, 'stream:state-appr', 'partnership:north-mfg').map((reason) => reason.text);
    expect(reasons).toEqual([
      "State Apprenticeship Fund supports “Incumbent worker training”, which North Manufacturing Partnership's requested solution “Incumbent worker upskilling” advances.",
      'Both are in the sector “Advanced manufacturing”.',
      'Both are in the region “North Region”.',
      'North Manufacturing Partnership already holds an award from State Apprenticeship Fund.',
    ]);
  });

  it('says when the funding is open to every sector or limited to another one', () => {
    const open = explainMatch(index, 'stream:wioa-adult', 'partnership:south-health').map((reason) => reason.text);
    expect(open).toContain('WIOA Adult is open to every sector.');
    const limited = explainMatch(index, 'stream:state-appr', 'partnership:south-health').map((reason) => reason.text);
    expect(limited).toContain('But State Apprenticeship Fund is limited to another region: North Region.');
  });

  it('highlights the chain of nodes and edges', () => {
    const [first] = explainMatch(index, 'release:rel-wd-1', 'partnership:north-mfg');
    expect(first?.nodes).toEqual(['release:rel-wd-1', 'objective:iwt', 'solution:iwt-sol', 'partnership:north-mfg']);
    expect(first?.edges).toHaveLength(3);
  });

  it('rests only on requests that count in the funding’s fiscal year, as the finder does', () => {
    const requestOf2024 = (edge: MapEdge): MapEdge =>
      edge.type === 'REQUESTS' && edge.source === 'partnership:north-mfg' ? { ...edge, year: 2024 } : edge;
    const ofYear = (node: MapNode): MapNode => (node.type === 'stream' ? { ...node, fiscal_year: 2025 } : node);
    const other = indexMap({
      ...smallMap,
      nodes: smallMap.nodes.map(ofYear),
      edges: smallMap.edges.map(requestOf2024),
    });
    expect(explainMatch(other, 'stream:state-appr', 'partnership:north-mfg')).toEqual([]);
    // The release opens in March 2025 (fiscal year 2025): the 2024 request does not count for it either.
    expect(explainMatch(other, 'release:rel-wd-1', 'partnership:north-mfg')).toEqual([]);
    const sameYear = indexMap({
      ...smallMap,
      nodes: smallMap.nodes.map(ofYear),
      edges: smallMap.edges.map((edge) => (edge.type === 'REQUESTS' ? { ...edge, year: 2025 } : edge)),
    });
    expect(explainMatch(sameYear, 'stream:state-appr', 'partnership:north-mfg')).not.toEqual([]);
  });

  it('finds no reason when no objective joins them', () => {
    expect(explainMatch(index, 'stream:wioa-adult', 'agency:dol')).toEqual([]);
  });
});

describe('tracing between two items', () => {
  it('explains a stream and a partnership, in either order', () => {
    const trace = traceBetween(index, 'partnership:north-mfg', 'stream:wioa-adult');
    expect(trace?.reasons.length).toBeGreaterThan(0);
    expect(trace?.nodes.has('objective:iwt')).toBe(true);
  });

  it('falls back to the shortest chain for anything else', () => {
    const trace = traceBetween(index, 'agency:ded', 'region:south');
    expect(trace?.reasons).toEqual([]);
    expect(trace?.path?.[0]).toBe('agency:ded');
    expect(trace?.path?.at(-1)).toBe('region:south');
    expect(trace?.edges.size).toBe(trace!.path!.length - 1);
  });
});
