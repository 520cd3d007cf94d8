import '../gao-review.css';
import { useGaoReview } from '../api/get-gao-review.js';
import { AnalyticsFilterBar } from '../../../components/analytics-filter-bar.js';
import { FigureSource } from '../../../components/figure-source.js';
import { Loading } from '../../../components/loading.js';
import { ProblemAlert } from '../../../components/problem-alert.js';
import { formatDollars } from '../../../lib/format.js';
import { useAnalyticsFilters } from '../../../lib/use-analytics-filters.js';
import { FragmentationList } from './fragmentation-list.js';
import { PairFindings } from './pair-findings.js';

const classes = ['duplication', 'overlap', 'fragmentation'] as const;
const title = (kind: (typeof classes)[number]) => `${kind.charAt(0).toUpperCase()}${kind.slice(1)}`;

/** GAO review: fragmentation, overlap and duplication of a fiscal year, with the dollars and the evidence. */
export const GaoReviewPage = () => {
  const [filters, setFilters] = useAnalyticsFilters();
  const result = useGaoReview(filters);
  const data = result.data;
  const year = data?.filters.fiscal_year ?? null;
  return (
    <main className="page" id="main">
      <h1>GAO review</h1>
      <p className="lede">
        Where programs of different agencies fragment an area, overlap or duplicate one another, following GAO&apos;s
        evaluation guide. Money passed from one stream to another is one program, counted once. A blank list of who is
        served or what is bought is <em>not known</em>, never a match.
      </p>
      <AnalyticsFilterBar filters={filters} onChange={setFilters} appliedYear={year} />
      {result.isPending && <Loading what="the GAO review" />}
      {result.isError && <ProblemAlert error={result.error} action="Loading the GAO review" />}
      {data && (
        <>
          <section className="card" aria-labelledby="gao-summary-heading">
            <h2 id="gao-summary-heading">
              FY{year ?? '—'}: {data.summary.programs} programs, {formatDollars(data.summary.amount)}
            </h2>
            <table className="table gao-summary">
              <caption className="visually-hidden">Findings per class</caption>
              <thead>
                <tr>
                  <th scope="col">Class</th>
                  <th scope="col" className="numeric">
                    Findings
                  </th>
                  <th scope="col" className="numeric">
                    Dollars involved
                  </th>
                  <th scope="col">GAO&apos;s next step</th>
                </tr>
              </thead>
              <tbody>
                {classes.map((kind) => (
                  <tr key={kind}>
                    <th scope="row">
                      <a href={`#gao-${kind}`}>{title(kind)}</a>
                    </th>
                    <td className="numeric">{data.summary[kind].count}</td>
                    <td className="numeric">{formatDollars(data.summary[kind].amount)}</td>
                    <td>{data.summary[kind].next_step}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p className="muted">
              Not known: {data.summary.not_known.streams_without_beneficiaries} streams list no beneficiaries,{' '}
              {data.summary.not_known.streams_without_activities} no activities;{' '}
              {data.summary.not_known.undetermined_pairs} program pairs sharing objectives could not be judged. Method:{' '}
              {data.source}.
            </p>
            <FigureSource provenance={data.provenance} figure="summary" />
          </section>
          <section className="card" aria-labelledby="gao-duplication">
            <h2 id="gao-duplication">Duplication</h2>
            <p>
              Programs of different agencies sharing an objective that deliver the same activities to the same people.
            </p>
            <PairFindings
              findings={data.duplication}
              total={data.summary.duplication.count}
              kind="duplication"
              fiscalYear={year}
            />
            <FigureSource provenance={data.provenance} figure="duplication" />
          </section>
          <section className="card" aria-labelledby="gao-overlap">
            <h2 id="gao-overlap">Overlap</h2>
            <p>Programs of different agencies sharing an objective that share activities or beneficiaries, not both.</p>
            <PairFindings findings={data.overlap} total={data.summary.overlap.count} kind="overlap" fiscalYear={year} />
            <FigureSource provenance={data.provenance} figure="overlap" />
          </section>
          <section className="card" aria-labelledby="gao-fragmentation">
            <h2 id="gao-fragmentation">Fragmentation</h2>
            <p>Broad areas (objective categories) served by programs of more than one department.</p>
            <FragmentationList findings={data.fragmentation} />
            <FigureSource provenance={data.provenance} figure="fragmentation" />
          </section>
        </>
      )}
    </main>
  );
};
