import { useGaps } from '../../../api/analytics/get-gaps.js';
import { AnalyticsFilterBar } from '../../../components/analytics-filter-bar.js';
import { FigureSource } from '../../../components/figure-source.js';
import { Loading } from '../../../components/loading.js';
import { ProblemAlert } from '../../../components/problem-alert.js';
import { useAnalyticsFilters, useUrlParam } from '../../../lib/use-analytics-filters.js';
import { DemandVsFundingChart, MostRequestedChart } from './demand-charts.js';
import { GapsTable } from './gaps-table.js';
import { UnmatchedRequests } from './unmatched-requests.js';

/** Gaps: what partnerships ask for against the funding they are eligible for. */
export const GapsPage = () => {
  const [filters, setFilters] = useAnalyticsFilters();
  const [solution] = useUrlParam('solution');
  const [objective] = useUrlParam('objective');
  const gaps = useGaps(filters);
  const year = gaps.data?.filters.fiscal_year ?? null;
  return (
    <main className="page" id="main">
      <h1>Gaps</h1>
      <p className="lede">
        What partnerships request, what it would cost, and how much eligible funding there is for it.
      </p>
      <AnalyticsFilterBar filters={filters} onChange={setFilters} appliedYear={year} allowAllYears />
      {gaps.isPending && <Loading what="gaps" />}
      {gaps.isError && <ProblemAlert error={gaps.error} action="Loading gaps" />}
      {gaps.data && (
        <>
          <div className="two-columns">
            <section className="card" aria-labelledby="requested-heading">
              <h2 id="requested-heading">Most requested</h2>
              <MostRequestedChart gaps={gaps.data.gaps} />
              <FigureSource provenance={gaps.data.provenance} figure="most-requested" />
            </section>
            <section className="card" aria-labelledby="demand-heading">
              <h2 id="demand-heading">Demand and funding</h2>
              <DemandVsFundingChart gaps={gaps.data.gaps} />
              <FigureSource provenance={gaps.data.provenance} figure="demand-and-funding" />
            </section>
          </div>
          <section className="card" aria-labelledby="gaps-heading">
            <h2 id="gaps-heading">Gaps, largest first</h2>
            <GapsTable
              gaps={gaps.data.gaps}
              fiscalYear={year}
              highlighted={(gap) =>
                gap.solution.id === solution || gap.objectives.some((item) => item.id === objective)
              }
            />
            <FigureSource provenance={gaps.data.provenance} figure="gaps" />
          </section>
          <section className="card" aria-labelledby="unmatched-heading">
            <h2 id="unmatched-heading">Requests nothing is eligible for</h2>
            <UnmatchedRequests requests={gaps.data.unmatched_requests} />
            <FigureSource provenance={gaps.data.provenance} figure="unmatched" />
          </section>
        </>
      )}
    </main>
  );
};
