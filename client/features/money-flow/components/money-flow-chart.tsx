import { forwardRef } from 'react';
import { Sankey, Tooltip, type SankeyLinkProps as LinkProps, type SankeyNodeProps as NodeProps } from 'recharts';
import type { MoneyFlowColumn } from '@contract/analytics/money-flow.js';
import { formatDollarsShort } from '../../../lib/format.js';
import type { SankeyData, SankeyLinkDatum, SankeyNodeDatum } from '../sankey-data.js';

// The Sankey picture (Recharts). Clicking a band or a node selects it; the selected bands are drawn darker.

export const chartSize = { width: 1200, height: 640 };

export const columnColors: Record<MoneyFlowColumn, string> = {
  source: '#1f4e79',
  department: '#2e75b6',
  agency: '#548235',
  objective: '#bf8f00',
  partnership: '#7030a0',
};

interface Props {
  data: SankeyData;
  /** Indexes of the drawn links that are selected (empty: none). */
  selectedLinks: ReadonlySet<number>;
  onSelectLink: (link: SankeyLinkDatum) => void;
  onSelectNode: (node: SankeyNodeDatum) => void;
  title: string;
}

/** Labels sit right of their node, in the gap before the next column: long names are shortened there. */
const shortName = (name: string, room = 30): string => (name.length > room ? `${name.slice(0, room - 1)}…` : name);

const FlowNode = (props: NodeProps) => {
  const { x, y, width, height, payload } = props;
  const node = payload as unknown as SankeyNodeDatum;
  return (
    <g>
      <rect x={x} y={y} width={width} height={Math.max(height, 1)} fill={columnColors[node.column]}>
        <title>{`${node.name}: ${formatDollarsShort(node.amount)}`}</title>
      </rect>
      <text x={x + width + 6} y={y + height / 2} dominantBaseline="middle" fontSize={11} fill="#1a1a1a">
        {`${shortName(node.name)} ${formatDollarsShort(node.amount)}`}
      </text>
    </g>
  );
};

const FlowLink = (props: LinkProps & { selected: boolean; anySelected: boolean }) => {
  const { sourceX, sourceY, sourceControlX, targetX, targetY, targetControlX, linkWidth, selected, anySelected } =
    props;
  return (
    <path
      className="money-flow-band"
      d={`M${sourceX},${sourceY} C${sourceControlX},${sourceY} ${targetControlX},${targetY} ${targetX},${targetY}`}
      fill="none"
      stroke={selected ? '#c00000' : '#8faadc'}
      strokeOpacity={selected ? 0.7 : anySelected ? 0.2 : 0.45}
      strokeWidth={Math.max(linkWidth, 1)}
    />
  );
};

export const MoneyFlowChart = forwardRef<HTMLDivElement, Props>(function MoneyFlowChart(
  { data, selectedLinks, onSelectLink, onSelectNode, title },
  ref,
) {
  return (
    <div className="money-flow-chart" ref={ref}>
      <Sankey
        width={chartSize.width}
        height={chartSize.height}
        data={data}
        title={title}
        nameKey="name"
        align="left"
        nodePadding={14}
        nodeWidth={12}
        margin={{ top: 10, right: 220, bottom: 10, left: 10 }}
        node={(props: NodeProps) => <FlowNode {...props} />}
        link={(props: LinkProps) => (
          <FlowLink {...props} selected={selectedLinks.has(props.index)} anySelected={selectedLinks.size > 0} />
        )}
        onClick={(item, type) => {
          if (type === 'link') {
            const link = data.links[item.index];
            if (link) onSelectLink(link);
          } else {
            const node = data.nodes[item.index];
            if (node) onSelectNode(node);
          }
        }}
      >
        <Tooltip formatter={(value) => formatDollarsShort(Number(value))} />
      </Sankey>
    </div>
  );
});
