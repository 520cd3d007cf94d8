import { Link } from 'react-router-dom';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { RepurposeCandidate } from '@contract/analytics/repurpose.js';
import { useRepurpose } from '../../../api/analytics/get-repurpose.js';
import { AnalyticsFilterBar } from '../../../components/analytics-filter-bar.js';
import { ChartOrTable } from '../../../components/chart-or-table.js';
import { FigureSource } from '../../../components/figure-source.js';
import { Loading } from '../../../components/loading.js';
import { ProblemAlert } from '../../../components/problem-alert.js';
import { SortableTable } from '../../../components/sortable-table.js';
import { formatCoverage, formatDollars, formatDollarsShort, formatShare } from '../../../lib/format.js';
import { useAnalyticsFilters, useUrlParam } from '../../../lib/use-analytics-filters.js';
import { ReasonList } from '../../../components/reason-list.js';
import '../repurpose.css';

const short = (text: string) => (text.length > 34 ? `${text.slice(0, 33)}…` : text);

const CandidatesTable = ({
  candidates,
  highlighted,
  fiscalYear,
}: {
  candidates: readonly RepurposeCandidate[];
  highlighted: string | null;
  fiscalYear: number | null;
}) => (
  <SortableTable
    caption={`${candidates.length} streams that could be put to other use`}
    rows={candidates}
    rowKey={(candidate) => candidate.id}
    pageSize={15}
    isHighlighted={(candidate) => candidate.id === highlighted}
    columns={[
      {
        key: 'name',
        label: 'Stream',
        render: (candidate) => (
          <>
            <strong>{candidate.name}</strong>
            <br />
            <span className="muted">{candidate.agency.name}</span>
          </>
        ),
        sortValue: (candidate) => candidate.name,
      },
      {
        key: 'amount',
        label: 'Amount',
        numeric: true,
        render: (candidate) => formatDollars(candidate.amount),
        sortValue: (candidate) => candidate.amount,
      },
      {
        key: 'used',
        label: 'Spent',
        numeric: true,
        render: (candidate) => (candidate.utilization === null ? 'not recorded' : formatShare(candidate.utilization)),
        sortValue: (candidate) => candidate.utilization,
      },
      {
        key: 'idle',
        label: 'Idle',
        numeric: true,
        render: (candidate) => formatDollars(candidate.idle_amount),
        sortValue: (candidate) => candidate.idle_amount,
      },
      { key: 'why', label: 'Why it is a candidate', render: (candidate) => <ReasonList reasons={candidate.reasons} /> },
      {
        key: 'help',
        label: 'Gaps it could help',
        render: (candidate) =>
          candidate.could_help.length === 0 ? (
            <span className="muted">none</span>
          ) : (
            <ul className="plain-list">
              {candidate.could_help.map((gap) => (
                <li key={gap.solution.id}>
                  <Link to={`/gaps?solution=${encodeURIComponent(gap.solution.id)}`}>{gap.solution.name}</Link>{' '}
                  (coverage {formatCoverage(gap.coverage)})
                </li>
              ))}
            </ul>
          ),
      },
      {
        key: 'map',
        label: 'Map',
        render: (candidate) => (
          <Link
            to={`/map?sel=stream:${encodeURIComponent(candidate.id)}&focus=2${fiscalYear ? `&fy=${fiscalYear}` : ''}`}
            aria-label={`Show on map: ${candidate.name}`}
          >
            Show on map
          </Link>
        ),
      },
    ]}
  />
);

/** Re-purposing: flexible streams that are under-spent or fund objectives nobody asks for, and the gaps they could fill. */
export const RepurposePage = () => {
  const [filters, setFilters] = useAnalyticsFilters();
  const [thresholdParam, setThreshold] = useUrlParam('threshold');
  const [stream] = useUrlParam('stream');
  const threshold = Math.min(1, Math.max(0, Number(thresholdParam ?? 0.5) || 0.5));
  const result = useRepurpose(filters, threshold);
  const year = result.data?.filters.fiscal_year ?? null;
  const top = (result.data?.candidates ?? [])
    .slice(0, 15)
    .map((candidate) => ({ name: short(candidate.name), idle: candidate.idle_amount }));
  return (
    <main className="page" id="main">
      <h1>Re-purposing</h1>
      <p className="lede">
        Flexible money that is under-spent, or funds objectives no partnership asks for, and the gaps it could fill.
      </p>
      <AnalyticsFilterBar filters={filters} onChange={setFilters} appliedYear={year} show={['agency']} />
      <label className="inline threshold">
        Under-spent below{' '}
        <input
          type="range"
          min={0}
          max={1}
          step={0.05}
          value={threshold}
          onChange={(event) => setThreshold(event.target.value)}
          aria-valuetext={formatShare(threshold)}
        />{' '}
        <strong>{formatShare(threshold)}</strong> spent
      </label>
      {result.isPending && <Loading what="re-purposing candidates" />}
      {result.isError && <ProblemAlert error={result.error} action="Loading re-purposing candidates" />}
      {result.data && (
        <>
          <section className="card" aria-labelledby="idle-heading">
            <h2 id="idle-heading">Idle money</h2>
            <ChartOrTable
              title="Idle dollars by stream"
              summary={`Bar chart of the idle amount of the ${top.length} largest candidates; the largest is ${top[0]?.name ?? 'none'}.`}
              table={<CandidatesTable candidates={result.data.candidates} highlighted={stream} fiscalYear={year} />}
              chart={
                <ResponsiveContainer width="100%" height={top.length * 30 + 60}>
                  <BarChart data={top} layout="vertical" margin={{ left: 10, right: 20 }}>
                    <CartesianGrid horizontal={false} strokeDasharray="3 3" />
                    <XAxis type="number" tickFormatter={(value: number) => formatDollarsShort(value)} />
                    <YAxis type="category" dataKey="name" width={260} tick={{ fontSize: 12 }} interval={0} />
                    <Tooltip formatter={(value) => formatDollars(Number(value))} />
                    <Bar dataKey="idle" name="Idle" fill="#76b7b2" isAnimationActive={false} />
                  </BarChart>
                </ResponsiveContainer>
              }
            />
            <FigureSource provenance={result.data.provenance} figure="idle" />
          </section>
          <section className="card" aria-labelledby="candidates-heading">
            <h2 id="candidates-heading">Candidates and the gaps they could fill</h2>
            <CandidatesTable candidates={result.data.candidates} highlighted={stream} fiscalYear={year} />
            <FigureSource provenance={result.data.provenance} figure="candidates" />
          </section>
        </>
      )}
    </main>
  );
};
