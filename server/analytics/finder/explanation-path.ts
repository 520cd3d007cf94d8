import type { RequestSummary } from '../../contract/analytics/refs-and-filters.js';
import type { StreamDetail } from '../shared/streams.js';
import type { ExplanationPath } from '../../contract/analytics/finder.js';

// The subgraph that makes a stream eligible for a request, rebuilt from the facts the eligibility query
// matched: partnership -> solution -> objective <- stream <- agency, plus the scope links the stream has.

export const explanationPath = (stream: StreamDetail, request: RequestSummary, via: string[]): ExplanationPath => {
  const path: ExplanationPath = { nodes: [], relationships: [] };
  const node = (label: string, id: string, name: string): string => {
    const key = `${label}:${id}`;
    if (!path.nodes.some((existing) => existing.key === key)) path.nodes.push({ key, id, label, name });
    return key;
  };
  const link = (from: string, type: string, to: string) => path.relationships.push({ type, from, to });
  const partnership = request.partnership
    ? node('Partnership', request.partnership.id, request.partnership.name)
    : null;
  const solution = request.solution ? node('Solution', request.solution.id, request.solution.name) : null;
  if (partnership && solution) link(partnership, 'REQUESTS', solution);
  const streamKey = node('FundingStream', stream.id, stream.name);
  link(node('Agency', stream.agency.id, stream.agency.name), 'ADMINISTERS', streamKey);
  for (const objective of request.objectives.filter((candidate) => via.includes(candidate.id))) {
    const objectiveKey = node('Objective', objective.id, objective.name);
    if (solution) link(solution, 'ADVANCES', objectiveKey);
    link(streamKey, 'SUPPORTS', objectiveKey);
  }
  for (const sector of stream.sectors.filter((candidate) => request.sectors.some((own) => own.id === candidate.id))) {
    const sectorKey = node('Sector', sector.id, sector.name);
    link(streamKey, 'SCOPED_TO', sectorKey);
    if (partnership) link(partnership, 'FOCUSES_ON', sectorKey);
  }
  const region = request.region;
  if (region && stream.regions.some((candidate) => candidate.id === region.id)) {
    const regionKey = node('Region', region.id, region.name);
    link(streamKey, 'SCOPED_TO', regionKey);
    if (partnership) link(partnership, 'IN_REGION', regionKey);
  }
  return path;
};
