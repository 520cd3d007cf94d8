import { describe, expect, it } from 'vitest';
import exactBetweenness from 'graphology-metrics/centrality/betweenness.js';
import { betweennessCentrality, UndirectedGraph } from '../../server/analytics/network/graph-library.js';
import { networkView, type NetworkRow } from '../../server/analytics/network/view.js';

const agency = (id: string, department = id) => ({
  id,
  name: id,
  acronym: null,
  department: { id: department, name: department },
});
const row = (stream: string, agencyId: string, objectives: string[], department?: string): NetworkRow => ({
  stream: { id: stream, name: stream, amount: 100, passes_through_id: null },
  agency: agency(agencyId, department),
  objectives: objectives.map((id) => ({ id, name: id })),
});

// Two families: training (o1, o2) funded by A and B, supports (o3, o4) funded by C; s5 (A) touches both.
const rows = [
  row('s1', 'A', ['o1', 'o2'], 'labor'),
  row('s2', 'B', ['o1', 'o2'], 'commerce'),
  row('s3', 'C', ['o3', 'o4']),
  row('s4', 'C', ['o3', 'o4']),
  row('s6', 'C', ['o3', 'o4']),
  row('s5', 'A', ['o2', 'o3'], 'labor'),
];

describe('network view', () => {
  it('groups streams that share objectives into funding families, largest first', () => {
    const view = networkView(rows);
    const familyOf = (id: string) => view.streams.find((stream) => stream.id === id)?.community;
    expect(familyOf('s1')).toBe(familyOf('s2'));
    expect(familyOf('s3')).toBe(familyOf('s4'));
    expect(familyOf('s1')).not.toBe(familyOf('s3'));
    const training = view.communities.find((family) => family.stream_ids.includes('s1'));
    expect(training).toMatchObject({ cross_department: true });
    expect(training?.agencies.map((found) => found.id).sort()).toEqual(expect.arrayContaining(['A', 'B']));
    expect(view.communities.map((family) => family.id)).toEqual(view.communities.map((_, index) => index));
    expect(view.communities[0]?.stream_ids.length).toBeGreaterThanOrEqual(view.communities[1]?.stream_ids.length ?? 0);
  });

  it('ranks the bridging objective and agency first by betweenness', () => {
    // Agency-objective graph: A-o1, A-o2, A-o3, B-o1, B-o2, C-o3, C-o4. o3 and A join the two halves.
    const view = networkView(rows);
    expect(view.objectives[0]?.id).toBe('o3');
    expect(view.agencies[0]?.id).toBe('A');
    expect(view.agencies.find((found) => found.id === 'C')?.communities).toEqual([
      view.streams.find((stream) => stream.id === 's3')?.community,
    ]);
    expect(view.objectives.find((objective) => objective.id === 'o4')?.betweenness).toBe(0);
  });

  it('is the same every time (seeded Louvain)', () => {
    expect(networkView(rows)).toEqual(networkView([...rows].reverse()));
  });

  it('computes betweenness exactly as graphology-metrics below the pivot count', () => {
    const graph = new UndirectedGraph();
    for (const [a, b] of [
      ['a', 'b'],
      ['b', 'c'],
      ['c', 'd'],
      ['b', 'e'],
      ['e', 'f'],
      ['f', 'c'],
      ['d', 'g'],
    ] as const)
      graph.mergeEdge(a, b);
    const exact = (exactBetweenness as unknown as (g: UndirectedGraph, o: object) => Record<string, number>)(graph, {
      getEdgeWeight: null,
    });
    const ours = betweennessCentrality(graph);
    for (const node of graph.nodes()) expect(ours[node]).toBeCloseTo(exact[node] ?? 0, 10);
  });
});
