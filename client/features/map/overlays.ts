import type { CompetingPair } from '@contract/analytics/competing-releases.js';
import type { DuplicatedObjective } from '@contract/analytics/duplicated-objectives.js';
import type { Gap, UnmatchedRequest } from '@contract/analytics/gaps.js';
import type { MapEdgeType } from '@contract/map.js';
import type { GraphIndex } from './graph-index.js';

// Analytics results as sets of map nodes and edges to light up. Pure, so each overlay is tested on its own.

export interface OverlayHighlight {
  nodes: Set<string>;
  edges: Set<string>;
}

const empty = (): OverlayHighlight => ({ nodes: new Set(), edges: new Set() });

/** Adds a node (when it is on this year's map) and returns its map id. */
const addNode = (index: GraphIndex, highlight: OverlayHighlight, id: string): string | null => {
  if (!index.nodes.has(id)) return null;
  highlight.nodes.add(id);
  return id;
};

const addEdge = (index: GraphIndex, highlight: OverlayHighlight, type: MapEdgeType, source: string, target: string) => {
  const id = `${type}:${source}->${target}`;
  if (index.edges.has(id)) highlight.edges.add(id);
};

/** Each duplicated objective with the agencies and streams that fund it. */
export const duplicatesOverlay = (index: GraphIndex, objectives: readonly DuplicatedObjective[]): OverlayHighlight => {
  const highlight = empty();
  for (const objective of objectives) {
    const objectiveId = addNode(index, highlight, `objective:${objective.id}`);
    for (const agency of objective.agencies) {
      const agencyId = addNode(index, highlight, `agency:${agency.id}`);
      for (const stream of agency.streams) {
        const streamId = addNode(index, highlight, `stream:${stream.id}`);
        if (!streamId) continue;
        if (objectiveId) addEdge(index, highlight, 'SUPPORTS', streamId, objectiveId);
        if (agencyId) addEdge(index, highlight, 'ADMINISTERS', agencyId, streamId);
      }
    }
  }
  return highlight;
};

/** Releases in competing pairs, and the objectives each pair shares. */
export const competingOverlay = (index: GraphIndex, pairs: readonly CompetingPair[]): OverlayHighlight => {
  const highlight = empty();
  for (const pair of pairs)
    for (const release of [pair.a, pair.b]) {
      const releaseId = addNode(index, highlight, `release:${release.id}`);
      if (!releaseId) continue;
      for (const objective of pair.shared_objectives) {
        const objectiveId = addNode(index, highlight, `objective:${objective.id}`);
        if (objectiveId) addEdge(index, highlight, 'TARGETS', releaseId, objectiveId);
      }
    }
  return highlight;
};

/** Solutions with a gap, and the requests nothing is eligible for. */
export const gapsOverlay = (
  index: GraphIndex,
  gaps: readonly Gap[],
  unmatched: readonly UnmatchedRequest[],
): OverlayHighlight => {
  const highlight = empty();
  for (const gap of gaps) if (gap.gap_score > 0) addNode(index, highlight, `solution:${gap.solution.id}`);
  for (const request of unmatched) {
    if (!request.partnership || !request.solution) continue;
    const partnershipId = addNode(index, highlight, `partnership:${request.partnership.id}`);
    const solutionId = addNode(index, highlight, `solution:${request.solution.id}`);
    if (partnershipId && solutionId) addEdge(index, highlight, 'REQUESTS', partnershipId, solutionId);
  }
  return highlight;
};
