import { useAgencyOverlap } from '../../../api/analytics/get-agency-overlap.js';
import { useDuplicatedObjectives } from '../../../api/analytics/get-duplicated-objectives.js';
import { useNetwork } from '../../../api/analytics/get-network.js';
import { AnalyticsFilterBar } from '../../../components/analytics-filter-bar.js';
import { FigureSource } from '../../../components/figure-source.js';
import { Loading } from '../../../components/loading.js';
import { ProblemAlert } from '../../../components/problem-alert.js';
import { useAnalyticsFilters, useUrlParam } from '../../../lib/use-analytics-filters.js';
import { AgencyPairs } from './agency-pairs.js';
import { DuplicatedObjectivesList } from './duplicated-objectives-list.js';
import { FundingFamilies } from './funding-families.js';
import { ObjectiveHeatmap } from './objective-heatmap.js';
import '../overlaps.css';

/** Overlaps: where several agencies fund the same objectives, and which agencies look most alike. */
export const OverlapsPage = () => {
  const [filters, setFilters] = useAnalyticsFilters();
  const [objective] = useUrlParam('objective');
  const duplicated = useDuplicatedObjectives(filters);
  const overlap = useAgencyOverlap(filters);
  const network = useNetwork(filters);
  const year = duplicated.data?.filters.fiscal_year ?? null;
  return (
    <main className="page" id="main">
      <h1>Overlaps</h1>
      <p className="lede">
        Objectives that more than one agency funds, and agencies whose funding aims at the same things.
      </p>
      <AnalyticsFilterBar filters={filters} onChange={setFilters} appliedYear={year} allowAllYears />
      <section aria-labelledby="heatmap-heading" className="card">
        <h2 id="heatmap-heading">Who funds what</h2>
        {duplicated.isPending && <Loading what="duplicated objectives" />}
        {duplicated.isError && <ProblemAlert error={duplicated.error} action="Loading duplicated objectives" />}
        {duplicated.data && (
          <ObjectiveHeatmap objectives={duplicated.data.objectives} fiscalYear={year} highlighted={objective} />
        )}
        <FigureSource provenance={duplicated.data?.provenance} figure="heatmap" />
      </section>
      <section aria-labelledby="duplicated-heading" className="card">
        <h2 id="duplicated-heading">Duplicated objectives, ranked</h2>
        {duplicated.data && (
          <DuplicatedObjectivesList objectives={duplicated.data.objectives} fiscalYear={year} highlighted={objective} />
        )}
        <FigureSource provenance={duplicated.data?.provenance} figure="ranked" />
      </section>
      <section aria-labelledby="pairs-heading" className="card">
        <h2 id="pairs-heading">Agencies alike</h2>
        {overlap.isPending && <Loading what="agency pairs" />}
        {overlap.isError && <ProblemAlert error={overlap.error} action="Loading agency pairs" />}
        {overlap.data && <AgencyPairs pairs={overlap.data.pairs} total={overlap.data.total} fiscalYear={year} />}
        <FigureSource provenance={overlap.data?.provenance} figure="pairs" />
      </section>
      <section aria-labelledby="families-heading" className="card">
        <h2 id="families-heading">Funding families</h2>
        {network.isPending && <Loading what="funding families" />}
        {network.isError && <ProblemAlert error={network.error} action="Loading funding families" />}
        {network.data && <FundingFamilies network={network.data} />}
        <FigureSource provenance={network.data?.provenance} figure="families" />
      </section>
    </main>
  );
};
