import type { MoneyFlowColumn, MoneyFlowLink, MoneyFlowNode } from '../../contract/analytics/money-flow.js';
import type { FlowStream } from '../../repositories/analytics-input-rows.js';
import { amountCountedOnce, groupByChainTop } from '../shared/streams.js';

// The money of a year as Sankey bands (docs/analytics.md#money-flow). Money passed from one stream to another
// (passes_through_id) is one chain, counted once, as every total of Braid counts it: the chain's money is the
// amount of the streams whose upstream is not in the year, drawn under the top stream's source, department and
// agency. A chain supporting several objectives splits its money evenly across them (the data says no more);
// its awards to partnerships are split across the same objectives, so every band of an objective column adds up.

export interface Names {
  department: (agencyId: string) => { id: string; name: string };
  agency: (agencyId: string) => string;
  objective: (objectiveId: string) => string;
}

export interface Flow {
  nodes: MoneyFlowNode[];
  links: MoneyFlowLink[];
  amount: number;
  passedThrough: number;
  awarded: number;
}

const sourceNames: Record<string, string> = {
  federal: 'Federal funds',
  state: 'State funds',
  local: 'Local funds',
  private: 'Private funds',
  philanthropic: 'Philanthropic funds',
};

interface Chain {
  top: FlowStream;
  streams: FlowStream[];
  amount: number;
  objectiveIds: string[];
}

const chainsOf = (streams: readonly FlowStream[]): Chain[] =>
  [...groupByChainTop(streams).entries()].map(([top, members]) => ({
    top,
    streams: members,
    amount: amountCountedOnce(members),
    objectiveIds: [...new Set(members.flatMap((stream) => stream.objective_ids))].sort(),
  }));

class FlowBuilder {
  readonly nodes = new Map<string, MoneyFlowNode & { inflow: number; outflow: number }>();
  readonly links = new Map<string, MoneyFlowLink>();

  node(column: MoneyFlowColumn, refId: string, name: string): string {
    const id = `${column}:${refId}`;
    if (!this.nodes.has(id))
      this.nodes.set(id, { id, column, ref_id: refId, name, amount: 0, stream_ids: [], inflow: 0, outflow: 0 });
    return id;
  }

  band(source: string, target: string, amount: number, streamIds: string[]): void {
    if (amount <= 0) return;
    const key = `${source}\u0000${target}`;
    const link = this.links.get(key) ?? { source, target, amount: 0, stream_ids: [] };
    link.amount += amount;
    link.stream_ids.push(...streamIds);
    this.links.set(key, link);
    const from = this.nodes.get(source);
    const to = this.nodes.get(target);
    if (from) {
      from.outflow += amount;
      from.stream_ids.push(...streamIds);
    }
    if (to) {
      to.inflow += amount;
      to.stream_ids.push(...streamIds);
    }
  }
}

const columnOrder = (column: MoneyFlowColumn): number =>
  ['source', 'department', 'agency', 'objective', 'partnership'].indexOf(column);

export const computeFlow = (streams: readonly FlowStream[], names: Names): Flow => {
  const builder = new FlowBuilder();
  let awarded = 0;
  const chains = chainsOf(streams);
  for (const chain of chains) {
    const { top } = chain;
    const streamIds = chain.streams.map((stream) => stream.id);
    const department = names.department(top.agency_id);
    const source = builder.node('source', top.source, sourceNames[top.source] ?? top.source);
    const departmentNode = builder.node('department', department.id, department.name);
    const agency = builder.node('agency', top.agency_id, names.agency(top.agency_id));
    builder.band(source, departmentNode, chain.amount, streamIds);
    builder.band(departmentNode, agency, chain.amount, streamIds);
    const objectives = chain.objectiveIds.map((id) => builder.node('objective', id, names.objective(id)));
    for (const objective of objectives) builder.band(agency, objective, chain.amount / objectives.length, streamIds);
    for (const stream of chain.streams)
      for (const award of stream.awards) {
        awarded += award.amount;
        const partnership = builder.node('partnership', award.partnership_id, award.partnership_name);
        for (const objective of objectives)
          builder.band(objective, partnership, award.amount / objectives.length, [stream.id]);
      }
  }
  const nodes = [...builder.nodes.values()]
    .filter((node) => node.inflow > 0 || node.outflow > 0)
    .map(({ inflow, outflow, stream_ids, ...node }) => ({
      ...node,
      amount: node.column === 'source' ? outflow : inflow,
      stream_ids: [...new Set(stream_ids)].sort(),
    }))
    .sort((a, b) => columnOrder(a.column) - columnOrder(b.column) || b.amount - a.amount || a.id.localeCompare(b.id));
  const position = new Map(nodes.map((node, index) => [node.id, index]));
  const links = [...builder.links.values()]
    .map((link) => ({ ...link, stream_ids: [...new Set(link.stream_ids)].sort() }))
    .sort(
      (a, b) =>
        (position.get(a.source) ?? 0) - (position.get(b.source) ?? 0) ||
        b.amount - a.amount ||
        (position.get(a.target) ?? 0) - (position.get(b.target) ?? 0),
    );
  const ids = new Set(streams.map((stream) => stream.id));
  return {
    nodes,
    links,
    amount: chains.reduce((total, chain) => total + chain.amount, 0),
    passedThrough: streams.filter((stream) => stream.passes_through_id !== null && ids.has(stream.passes_through_id))
      .length,
    awarded,
  };
};
