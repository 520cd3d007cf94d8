import { Bar, BarChart, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useBraidPlan } from '../../../api/analytics/get-braid-plan.js';
import { ChartOrTable } from '../../../components/chart-or-table.js';
import { FigureSource } from '../../../components/figure-source.js';
import { Loading } from '../../../components/loading.js';
import { ProblemAlert } from '../../../components/problem-alert.js';
import { SortableTable } from '../../../components/sortable-table.js';
import { formatDollars, formatDollarsShort, formatShare } from '../../../lib/format.js';
import { categoryPalette } from '../../../components/graph-style.js';
import { ReasonList } from '../../../components/reason-list.js';

// The "Not covered" part of the bar: dark enough to read against white (WCAG 1.4.11 wants 3:1 for graphics).
const notCoveredInk = '#2d2d2d';

/** A braiding plan for one request: which streams pay how much, in which order, and what match is owed. */
export const BraidPlan = ({ partnershipId, solutionId }: { partnershipId: string; solutionId: string }) => {
  const plan = useBraidPlan({ partnership_id: partnershipId, solution_id: solutionId });
  if (plan.isPending) return <Loading what="the braiding plan" />;
  if (plan.isError) return <ProblemAlert error={plan.error} action="Planning the braiding" />;
  const { data } = plan;
  const row: Record<string, number | string> = { name: 'Plan' };
  data.allocations.forEach((allocation, index) => (row[`s${index}`] = allocation.share));
  if (data.uncovered_amount) row.uncovered = data.uncovered_amount;
  return (
    <section className="card" aria-labelledby="braid-heading">
      <h2 id="braid-heading">
        Braiding plan: {data.request.solution?.name} for {data.request.partnership?.name}
      </h2>
      <p>
        {data.cost === null ? 'The cost is not known; ' : `Of ${formatDollars(data.cost)} needed, `}
        {formatDollars(data.covered_amount)} comes from {data.allocations.length} stream
        {data.allocations.length === 1 ? '' : 's'} of {data.agency_count} agenc{data.agency_count === 1 ? 'y' : 'ies'}
        {data.uncovered_amount ? `; ${formatDollars(data.uncovered_amount)} is not covered` : ''}. Match owed:{' '}
        {formatDollars(data.total_match_owed)}.
      </p>
      <ChartOrTable
        title="How the cost is split"
        summary={`One bar split into ${data.allocations.length} streams${data.uncovered_amount ? ' and the part not covered' : ''}.`}
        table={
          <SortableTable
            caption="Streams in the plan, in the order money is drawn"
            rows={data.allocations}
            rowKey={(allocation) => allocation.id}
            columns={[
              { key: 'name', label: 'Stream', render: (allocation) => allocation.name },
              { key: 'agency', label: 'Agency', render: (allocation) => allocation.agency.name },
              { key: 'share', label: 'Draws', numeric: true, render: (allocation) => formatDollars(allocation.share) },
              {
                key: 'of',
                label: 'Share of cost',
                numeric: true,
                render: (allocation) => formatShare(allocation.share_of_cost),
              },
              {
                key: 'match',
                label: 'Match owed',
                numeric: true,
                render: (allocation) => formatDollars(allocation.match_owed),
              },
              { key: 'why', label: 'Why', render: (allocation) => <ReasonList reasons={allocation.reasons} /> },
            ]}
          />
        }
        chart={
          <ResponsiveContainer width="100%" height={130}>
            <BarChart data={[row]} layout="vertical" margin={{ left: 10, right: 20 }}>
              {/* What is not covered must show as plainly as what is: a dark hatch, not a pale grey. */}
              <defs>
                <pattern
                  id="not-covered-hatch"
                  width="6"
                  height="6"
                  patternUnits="userSpaceOnUse"
                  patternTransform="rotate(45)"
                >
                  <rect width="6" height="6" fill="#ffffff" />
                  <line x1="0" y1="0" x2="0" y2="6" stroke={notCoveredInk} strokeWidth="3" />
                </pattern>
              </defs>
              <XAxis type="number" tickFormatter={(value: number) => formatDollarsShort(value)} />
              <YAxis type="category" dataKey="name" hide />
              <Tooltip formatter={(value) => formatDollars(Number(value))} />
              <Legend />
              {data.allocations.map((allocation, index) => (
                <Bar
                  key={allocation.id}
                  dataKey={`s${index}`}
                  name={allocation.name}
                  stackId="plan"
                  fill={categoryPalette[index % categoryPalette.length]}
                  isAnimationActive={false}
                />
              ))}
              {data.uncovered_amount ? (
                <Bar
                  dataKey="uncovered"
                  name="Not covered"
                  stackId="plan"
                  fill="url(#not-covered-hatch)"
                  stroke={notCoveredInk}
                  isAnimationActive={false}
                />
              ) : null}
            </BarChart>
          </ResponsiveContainer>
        }
      />
      <FigureSource provenance={data.provenance} figure="plan" />
      <h3>How the plan was chosen</h3>
      <ol>
        {data.explanation.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      {data.unused.length > 0 && (
        <>
          <h3>Eligible but not used</h3>
          <ul>
            {data.unused.map((stream) => (
              <li key={stream.id}>
                {stream.name}: {stream.reason}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
};
