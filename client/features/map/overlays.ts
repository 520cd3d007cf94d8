import type { CompetingPair } from '@contract/analytics/competing-releases.js';
import type { DuplicatedObjective } from '@contract/analytics/duplicated-objectives.js';
import type { Gap, UnmatchedRequest } from '@contract/analytics/gaps.js';
import type { MapEdgeType } from '@contract/map.js';
import type { GraphIndex } from './graph-index.js';

// Analytics results as sets of map nodes and edges to light up. Pure, so each overlay is tested on its own.

export interface OverlayHighlight {
  nodes: Set<string>;
  edges: Set<string>;
  /** Hits of the weaker kind (releases only in similar pairs), drawn in a lighter colour than the rest. */
  weaker?: Set<string>;
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

/**
 * Releases in competing or similar pairs, and the objectives each pair shares, coloured by level: what only
 * similar pairs light up is `weaker` (a release or link in any competing pair is drawn as competing).
 */
export const competingOverlay = (index: GraphIndex, pairs: readonly CompetingPair[]): OverlayHighlight => {
  const highlight = empty();
  const competing = new Set<string>();
  for (const pair of pairs)
    for (const release of [pair.a, pair.b]) {
      const releaseId = addNode(index, highlight, `release:${release.id}`);
      if (!releaseId) continue;
      const lit = [releaseId];
      for (const objective of pair.shared_objectives) {
        const objectiveId = addNode(index, highlight, `objective:${objective.id}`);
        if (!objectiveId) continue;
        lit.push(objectiveId, `TARGETS:${releaseId}->${objectiveId}`);
        addEdge(index, highlight, 'TARGETS', releaseId, objectiveId);
      }
      if (pair.level === 'competing') lit.forEach((id) => competing.add(id));
    }
  highlight.weaker = new Set([...highlight.nodes, ...highlight.edges].filter((id) => !competing.has(id)));
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
