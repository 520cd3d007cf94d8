import { describe, expect, it } from 'vitest';
import { indexMap } from '../../../client/features/map/graph-index.js';
import { forceLayoutLimit, layeredPositions, resolveLayout } from '../../../client/features/map/layouts.js';
import type { MapNode } from '../../../server/contract/map.js';
import { smallMap } from './small-funding-map.js';

const index = indexMap(smallMap);
const all = new Set(index.nodes.keys());

describe('layouts', () => {
  it('lays out agency -> stream -> release -> objective -> solution -> partnership from left to right', () => {
    const positions = layeredPositions(index, all);
    const x = (id: string) => positions.get(id)!.x;
    expect(x('agency:dol')).toBeLessThan(x('stream:wioa-adult'));
    expect(x('stream:wioa-adult')).toBeLessThan(x('release:rel-wd-1'));
    expect(x('release:rel-wd-1')).toBeLessThan(x('objective:iwt'));
    expect(x('objective:iwt')).toBeLessThan(x('solution:iwt-sol'));
    expect(x('solution:iwt-sol')).toBeLessThan(x('partnership:north-mfg'));
    expect(positions.size).toBe(all.size);
  });

  it('never puts two nodes on the same spot', () => {
    const spots = [...layeredPositions(index, all).values()].map(({ x, y }) => `${x},${y}`);
    expect(new Set(spots).size).toBe(spots.length);
  });

  it('uses the force layout on small maps and layers on large ones', () => {
    expect(resolveLayout('force', index, all, null).options.name).toBe('fcose');
    const many = Array.from({ length: forceLayoutLimit + 1 }, (_, i): MapNode => ({
      id: `sector:s${i}`,
      key: `s${i}`,
      type: 'sector',
      label: `S${i}`,
    }));
    const big = indexMap({ nodes: many, edges: [] });
    const resolved = resolveLayout('force', big, new Set(big.nodes.keys()), null);
    expect(resolved.name).toBe('layered');
    expect(resolved.notice).toContain(`${forceLayoutLimit}`);
  });

  it('keeps saved positions', () => {
    const saved = new Map([['agency:dol', { x: 1, y: 2 }]]);
    expect(resolveLayout('concentric', index, all, saved)).toMatchObject({
      name: 'saved',
      options: { name: 'preset' },
    });
  });
});
