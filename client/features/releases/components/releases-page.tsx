import { useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useCompetingReleases } from '../../../api/analytics/get-competing-releases.js';
import { useFundingMap } from '../../../api/graph/get-funding-map.js';
import { onSharePage } from '../../../api/http.js';
import { AnalyticsFilterBar } from '../../../components/analytics-filter-bar.js';
import { FigureSource } from '../../../components/figure-source.js';
import { Loading } from '../../../components/loading.js';
import { ProblemAlert } from '../../../components/problem-alert.js';
import { ShareButton } from '../../../components/share-button.js';
import { formatDate } from '../../../lib/format.js';
import { useAnalyticsFilters, useUrlParam } from '../../../lib/use-analytics-filters.js';
import {
  agencyLabel,
  departmentParam,
  levelParam,
  readDepartmentChoice,
  readLevelChoice,
  strongestLevels,
} from '../competing-levels.js';
import { pairKey, toTimeline } from '../timeline.js';
import { CompetingLevelFilter } from './competing-level-filter.js';
import { downloadBlob } from '../../../lib/download-blob.js';
import { pairsToCsv } from '../pairs-csv.js';
import { CompetingPairsTable } from './competing-pairs-table.js';
import { PlanReleaseForm } from './plan-release-form.js';
import '../competing-releases.css';
import { ReleaseTimeline } from './release-timeline.js';
import '../release-check.css';

/** Competing releases: windows open at once for the same objectives, on a timeline and in a list; plan a release. */
export const ReleasesPage = () => {
  const [filters, setFilters] = useAnalyticsFilters();
  const [params] = useSearchParams();
  const [pair, setPair] = useUrlParam('pair');
  const [release] = useUrlParam('release');
  const [levelValue, setLevel] = useUrlParam('level');
  const [departmentValue, setDepartment] = useUrlParam('dept');
  const level = readLevelChoice(levelValue);
  const department = readDepartmentChoice(departmentValue);
  const competing = useCompetingReleases(filters, {
    level: levelParam(level),
    same_department: departmentParam(department),
  });
  const year =
    competing.data?.filters.fiscal_year ?? (typeof filters.fiscal_year === 'number' ? filters.fiscal_year : null);
  const map = useFundingMap(year);
  const pairs = useMemo(() => competing.data?.pairs ?? [], [competing.data]);
  const selected = pairs.find((candidate) => pairKey(candidate) === pair) ?? null;
  const rows = useMemo(() => {
    if (!map.data) return [];
    const agencies = new Map(map.data.nodes.filter((node) => node.type === 'agency').map((node) => [node.key, node]));
    const name = (id: string) => {
      const agency = agencies.get(id);
      return agency ? agencyLabel({ name: agency.label, acronym: agency.acronym ?? null }) : id;
    };
    const wanted = filters.agency_id;
    const releases = map.data.nodes.filter(
      (node) => node.type === 'release' && (!wanted || node.agency_id === wanted || node.department_id === wanted),
    );
    return toTimeline(releases, name, pairs, strongestLevels(pairs));
  }, [map.data, pairs, filters.agency_id]);
  return (
    <main className="page" id="main">
      <h1>Competing releases</h1>
      <p className="lede">
        Releases open at the same time for the same applicants: <strong>competing</strong> when they fund the same kind
        of project, <strong>similar</strong> when they share a program area but differ in activities, applicants or
        places, <strong>incidental</strong> when only a broad objective links them.
      </p>
      <ShareButton
        view="competing-releases"
        defaultName={`Competing releases${year ? `, FY ${year}` : ''}`}
        query={params.toString()}
      />
      <AnalyticsFilterBar filters={filters} onChange={setFilters} appliedYear={year} />
      <section className="card" aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">Timeline{year ? ` for FY ${year}` : ''}</h2>
        {selected && (
          <p className="notice">
            Linked: “{selected.a.title}” and “{selected.b.title}” are both open from {formatDate(selected.overlap.from)}{' '}
            to {formatDate(selected.overlap.to)} ({selected.overlap_days} days).{' '}
            <button type="button" className="link-button" onClick={() => setPair(null)}>
              Unlink
            </button>
          </p>
        )}
        {(map.isPending || competing.isPending) && <Loading what="releases" />}
        {map.isError && <ProblemAlert error={map.error} action="Loading releases" />}
        {map.data && competing.data && <ReleaseTimeline rows={rows} selected={selected} />}
        <FigureSource provenance={competing.data?.provenance} figure="timeline" />
      </section>
      <section className="card" aria-labelledby="pairs-heading">
        <h2 id="pairs-heading">Pairs of releases</h2>
        <CompetingLevelFilter
          counts={competing.data?.counts}
          level={level}
          department={department}
          onLevel={(choice) => setLevel(choice === 'default' ? null : choice)}
          onDepartment={(choice) => setDepartment(choice === 'any' ? null : choice)}
        />
        {competing.isError && <ProblemAlert error={competing.error} action="Loading competing releases" />}
        {competing.data && (
          <button
            type="button"
            onClick={() =>
              downloadBlob(
                new Blob([pairsToCsv(pairs, competing.data.provenance)], { type: 'text/csv' }),
                `competing-releases${year ? `-fy${year}` : ''}.csv`,
              )
            }
          >
            Download pairs (CSV)
          </button>
        )}
        {competing.data && (
          <CompetingPairsTable
            pairs={pairs}
            total={competing.data.total}
            counts={competing.data.counts}
            withIncidental={level === 'all'}
            selected={pair}
            highlightRelease={release}
            onSelect={(key) => {
              setPair(key, true);
              if (key) document.getElementById('timeline-heading')?.scrollIntoView({ behavior: 'smooth' });
            }}
          />
        )}
        <FigureSource provenance={competing.data?.provenance} figure="pairs" />
      </section>
      {/* A share link reads the competing list only; checking a draft release is for people signed in. */}
      {!onSharePage() && (
        <section className="card" aria-labelledby="plan-section-heading">
          <h2 id="plan-section-heading">Before posting a release</h2>
          <PlanReleaseForm />
        </section>
      )}
    </main>
  );
};
