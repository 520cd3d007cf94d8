import type { MapEdgeType, MapNode } from '@contract/map.js';
import { releaseFiscalYear, requestCountsIn } from '@domain/fiscal-year.js';
import type { GraphIndex } from './graph-index.js';

// "Why does this stream match this partnership?" in the graph's own terms: the chains of links that join a
// stream (or release) to a partnership, each with a sentence a budget analyst can read.

export interface MatchReason {
  text: string;
  nodes: string[];
  edges: string[];
}

const linked = (index: GraphIndex, id: string, type: MapEdgeType, outgoing: boolean) =>
  index.neighbours(id).filter((neighbour) => neighbour.edge.type === type && neighbour.outgoing === outgoing);

/** The fiscal year of a stream, or of a release (its stream's, else the year it opens in). */
const fundingYear = (index: GraphIndex, funding: MapNode): number | undefined => {
  if (funding.type === 'stream') return funding.fiscal_year;
  const stream = funding.stream_id ? index.nodes.get(`stream:${funding.stream_id}`) : undefined;
  return funding.opens ? releaseFiscalYear(stream?.fiscal_year, funding.opens) : stream?.fiscal_year;
};

const purposeReasons = (index: GraphIndex, funding: MapNode, partnership: MapNode): MatchReason[] => {
  const fundingToObjective = funding.type === 'stream' ? 'SUPPORTS' : 'TARGETS';
  const verb = funding.type === 'stream' ? 'supports' : 'targets';
  const year = fundingYear(index, funding);
  const reasons: MatchReason[] = [];
  // Only requests that count in the funding's fiscal year, by the rule the finder uses.
  const requests = linked(index, partnership.id, 'REQUESTS', true).filter((request) =>
    requestCountsIn(request.edge.year, year),
  );
  for (const request of requests)
    for (const advance of linked(index, request.node.id, 'ADVANCES', true))
      for (const support of linked(index, funding.id, fundingToObjective, true))
        if (support.node.id === advance.node.id)
          reasons.push({
            text: `${funding.label} ${verb} “${advance.node.label}”, which ${partnership.label}'s requested solution “${request.node.label}” advances.`,
            nodes: [funding.id, advance.node.id, request.node.id, partnership.id],
            edges: [support.edge.id, advance.edge.id, request.edge.id],
          });
  return reasons;
};

const scopeReasons = (index: GraphIndex, funding: MapNode, partnership: MapNode): MatchReason[] => {
  const scopes = linked(index, funding.id, 'SCOPED_TO', true);
  const reasons: MatchReason[] = [];
  for (const [kind, partnershipLink] of [
    ['sector', 'FOCUSES_ON'],
    ['region', 'IN_REGION'],
  ] as const) {
    const funded = scopes.filter((scope) => scope.node.type === kind);
    if (funded.length === 0) {
      reasons.push({ text: `${funding.label} is open to every ${kind}.`, nodes: [], edges: [] });
      continue;
    }
    const before = reasons.length;
    for (const own of linked(index, partnership.id, partnershipLink, true)) {
      const shared = funded.find((scope) => scope.node.id === own.node.id);
      if (shared)
        reasons.push({
          text: `Both are in the ${kind} “${own.node.label}”.`,
          nodes: [funding.id, own.node.id, partnership.id],
          edges: [shared.edge.id, own.edge.id],
        });
    }
    if (reasons.length === before)
      reasons.push({
        text: `But ${funding.label} is limited to another ${kind}: ${funded.map((scope) => scope.node.label).join(', ')}.`,
        nodes: [],
        edges: [],
      });
  }
  return reasons;
};

/** The reasons a stream or release fits a partnership; empty when nothing joins them. */
export const explainMatch = (index: GraphIndex, fundingId: string, partnershipId: string): MatchReason[] => {
  const funding = index.nodes.get(fundingId);
  const partnership = index.nodes.get(partnershipId);
  if (!funding || !partnership || partnership.type !== 'partnership') return [];
  if (funding.type !== 'stream' && funding.type !== 'release') return [];
  const purpose = purposeReasons(index, funding, partnership);
  if (purpose.length === 0) return [];
  const reasons = [...purpose, ...scopeReasons(index, funding, partnership)];
  for (const award of linked(index, funding.id, 'AWARDED', true))
    if (award.node.id === partnership.id)
      reasons.push({
        text: `${partnership.label} already holds an award from ${funding.label}.`,
        nodes: [funding.id, partnership.id],
        edges: [award.edge.id],
      });
  return reasons;
};

/** Node and edge ids to light up for a set of reasons. */
export const reasonHighlights = (reasons: readonly MatchReason[]): { nodes: Set<string>; edges: Set<string> } => ({
  nodes: new Set(reasons.flatMap((reason) => reason.nodes)),
  edges: new Set(reasons.flatMap((reason) => reason.edges)),
});
