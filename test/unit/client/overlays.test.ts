import { describe, expect, it } from 'vitest';
import type { CompetingPair } from '../../../server/contract/analytics/competing-releases.js';
import type { DuplicatedObjective } from '../../../server/contract/analytics/duplicated-objectives.js';
import type { Gap, UnmatchedRequest } from '../../../server/contract/analytics/gaps.js';
import { indexMap } from '../../../client/features/map/graph-index.js';
import { buildMapModel } from '../../../client/features/map/map-model.js';
import { defaultViewState } from '../../../client/features/map/map-view-state.js';
import { competingOverlay, duplicatesOverlay, gapsOverlay } from '../../../client/features/map/overlays.js';
import { smallMap } from './small-funding-map.js';

const index = indexMap(smallMap);
const department = { id: 'dol', name: 'Department of Labor' };

describe('analytics overlays on the map', () => {
  it('lights up a duplicated objective, its agencies, their streams and the links between them', () => {
    const objective = {
      id: 'iwt',
      name: 'Incumbent worker training',
      agencies: [
        {
          id: 'dol-wd',
          name: 'WD',
          acronym: null,
          department,
          streams: [{ id: 'wioa-adult', name: 'WIOA', amount: 1 }],
          amount: 1,
        },
        {
          id: 'ded',
          name: 'DED',
          acronym: null,
          department,
          streams: [
            { id: 'ded-training', name: 'T', amount: 1 },
            { id: 'gone', name: 'G', amount: 1 },
          ],
          amount: 2,
        },
      ],
    } as unknown as DuplicatedObjective;
    const { nodes, edges } = duplicatesOverlay(index, [objective]);
    expect([...nodes].sort()).toEqual([
      'agency:ded',
      'agency:dol-wd',
      'objective:iwt',
      'stream:ded-training',
      'stream:wioa-adult',
    ]);
    expect(edges).toEqual(
      new Set([
        'SUPPORTS:stream:wioa-adult->objective:iwt',
        'ADMINISTERS:agency:dol-wd->stream:wioa-adult',
        'SUPPORTS:stream:ded-training->objective:iwt',
        'ADMINISTERS:agency:ded->stream:ded-training',
      ]),
    );
  });

  it('lights up competing releases and the objectives they share', () => {
    const pair = {
      a: { id: 'rel-wd-1' },
      b: { id: 'rel-ao-1' },
      shared_objectives: [{ id: 'iwt', name: 'IWT' }],
    } as unknown as CompetingPair;
    const { nodes, edges } = competingOverlay(index, [pair]);
    expect([...nodes].sort()).toEqual(['objective:iwt', 'release:rel-ao-1', 'release:rel-wd-1']);
    expect(edges.size).toBe(2);
  });

  it('colours the competing overlay by level: what only similar pairs light up is the weaker kind', () => {
    const pair = (a: string, b: string, level: string) =>
      ({
        a: { id: a },
        b: { id: b },
        level,
        shared_objectives: [{ id: 'iwt', name: 'IWT' }],
      }) as unknown as CompetingPair;
    const { nodes, weaker } = competingOverlay(index, [
      pair('rel-wd-1', 'rel-ao-1', 'competing'),
      pair('rel-ao-1', 'rel-ded-1', 'similar'),
    ]);
    expect(nodes.has('release:rel-ded-1')).toBe(true);
    expect(weaker!.has('release:rel-ded-1')).toBe(true);
    expect(weaker!.has('release:rel-ao-1')).toBe(false);
    expect(weaker!.has('release:rel-wd-1')).toBe(false);
    expect(weaker!.has('objective:iwt')).toBe(false);
  });

  it('draws only competing pairs at full strength when a release is in none', () => {
    const similarOnly = {
      a: { id: 'rel-wd-1' },
      b: { id: 'rel-ao-1' },
      level: 'similar',
      shared_objectives: [{ id: 'iwt', name: 'IWT' }],
    } as unknown as CompetingPair;
    const { nodes, edges, weaker } = competingOverlay(index, [similarOnly]);
    expect([...weaker!].sort()).toEqual([...nodes, ...edges].sort());
  });

  it('lights up solutions with a gap and the requests nothing is eligible for', () => {
    const gaps = [
      { solution: { id: 'childcare-sol' }, gap_score: 1 },
      { solution: { id: 'iwt-sol' }, gap_score: 0 },
    ] as unknown as Gap[];
    const unmatched = [
      { partnership: { id: 'north-mfg' }, solution: { id: 'childcare-sol' } },
    ] as unknown as UnmatchedRequest[];
    const { nodes, edges } = gapsOverlay(index, gaps, unmatched);
    expect([...nodes].sort()).toEqual(['partnership:north-mfg', 'solution:childcare-sol']);
    expect([...edges]).toEqual(['REQUESTS:partnership:north-mfg->solution:childcare-sol']);
  });

  it('draws overlay nodes even when filtered out, and fades the rest', () => {
    const overlay = { nodes: new Set(['release:rel-wd-1']), edges: new Set<string>() };
    const model = buildMapModel(smallMap, defaultViewState, overlay, index);
    expect(model.visible.has('release:rel-wd-1')).toBe(true);
    const classes = (id: string) => model.elements.find((element) => element.data.id === id)?.classes;
    expect(classes('release:rel-wd-1')).toBe('overlay');
    expect(classes('stream:wioa-adult')).toBe('faded');
  });
});
