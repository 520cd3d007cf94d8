import { evenTicks } from '../../../lib/even-ticks.js';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Gap } from '@contract/analytics/gaps.js';
import { ChartOrTable } from '../../../components/chart-or-table.js';
import { SortableTable } from '../../../components/sortable-table.js';
import { formatCoverage, formatDollars, formatDollarsShort } from '../../../lib/format.js';

const short = (text: string) => (text.length > 30 ? `${text.slice(0, 29)}…` : text);

/** How often each solution is requested, most requested first. */
export const MostRequestedChart = ({ gaps }: { gaps: readonly Gap[] }) => {
  const data = [...gaps]
    .sort((a, b) => b.request_count - a.request_count)
    .slice(0, 15)
    .map((gap) => ({ name: short(gap.solution.name), requests: gap.request_count, unmatched: gap.unmatched_count }));
  return (
    <ChartOrTable
      title="Most requested solutions"
      summary={`Bar chart of requests per solution; the most requested is ${data[0]?.name ?? 'none'} with ${data[0]?.requests ?? 0} requests.`}
      table={
        <SortableTable
          caption="Requests per solution"
          rows={gaps}
          rowKey={(gap) => gap.solution.id}
          initialSort={{ key: 'requests', descending: true }}
          columns={[
            {
              key: 'solution',
              label: 'Solution',
              render: (gap) => gap.solution.name,
              sortValue: (gap) => gap.solution.name,
            },
            {
              key: 'requests',
              label: 'Requests',
              numeric: true,
              render: (gap) => gap.request_count,
              sortValue: (gap) => gap.request_count,
            },
            {
              key: 'unmatched',
              label: 'With no eligible stream',
              numeric: true,
              render: (gap) => gap.unmatched_count,
              sortValue: (gap) => gap.unmatched_count,
            },
          ]}
        />
      }
      chart={
        <ResponsiveContainer width="100%" height={data.length * 30 + 70}>
          <BarChart data={data} layout="vertical" margin={{ left: 10, right: 20 }}>
            <CartesianGrid horizontal={false} strokeDasharray="3 3" />
            <XAxis type="number" allowDecimals={false} />
            <YAxis type="category" dataKey="name" width={230} tick={{ fontSize: 12 }} interval={0} />
            <Tooltip />
            <Legend />
            <Bar dataKey="requests" name="Requests" fill="#4e79a7" isAnimationActive={false} />
            <Bar dataKey="unmatched" name="With no eligible stream" fill="#e15759" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      }
    />
  );
};

/** What the requests would cost against the money they are eligible for, per solution. */
export const DemandVsFundingChart = ({ gaps }: { gaps: readonly Gap[] }) => {
  const data = gaps
    .slice(0, 15)
    .map((gap) => ({ name: short(gap.solution.name), demand: gap.estimated_cost, eligible: gap.eligible_amount }));
  const dollarTicks = evenTicks(Math.max(0, ...data.flatMap((row) => [row.demand, row.eligible])));
  return (
    <ChartOrTable
      title="Demand and eligible funding"
      summary={`Bar chart comparing the estimated cost of requests with the eligible available funding for ${data.length} solutions with the largest gaps.`}
      table={
        <SortableTable
          caption="Demand and eligible funding per solution"
          rows={gaps}
          rowKey={(gap) => gap.solution.id}
          columns={[
            {
              key: 'solution',
              label: 'Solution',
              render: (gap) => gap.solution.name,
              sortValue: (gap) => gap.solution.name,
            },
            {
              key: 'demand',
              label: 'Estimated cost of requests',
              numeric: true,
              render: (gap) => `${formatDollars(gap.estimated_cost)}${gap.cost_known ? '' : ' (some unknown)'}`,
              sortValue: (gap) => gap.estimated_cost,
            },
            {
              key: 'eligible',
              label: 'Eligible funding available',
              numeric: true,
              render: (gap) => formatDollars(gap.eligible_amount),
              sortValue: (gap) => gap.eligible_amount,
            },
            {
              key: 'coverage',
              label: 'Coverage',
              numeric: true,
              render: (gap) => formatCoverage(gap.coverage),
              sortValue: (gap) => gap.coverage,
            },
          ]}
        />
      }
      chart={
        <ResponsiveContainer width="100%" height={data.length * 36 + 70}>
          <BarChart data={data} layout="vertical" margin={{ left: 10, right: 20 }}>
            <CartesianGrid horizontal={false} strokeDasharray="3 3" />
            {/* A linear axis with even, labelled steps: a square-root scale made bars misleading. */}
            <XAxis
              type="number"
              domain={[0, dollarTicks.at(-1) ?? 0]}
              ticks={dollarTicks}
              interval={0}
              tickFormatter={(value: number) => formatDollarsShort(value)}
            />
            <YAxis type="category" dataKey="name" width={230} tick={{ fontSize: 12 }} interval={0} />
            <Tooltip formatter={(value) => formatDollars(Number(value))} />
            <Legend />
            <Bar dataKey="demand" name="Estimated cost of requests" fill="#f28e2b" isAnimationActive={false} />
            <Bar dataKey="eligible" name="Eligible funding available" fill="#59a14f" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      }
    />
  );
};
