import '../year-over-year.css';
import { useSearchParams } from 'react-router-dom';
import { useFundingMap } from '../../../api/graph/get-funding-map.js';
import { FigureSource } from '../../../components/figure-source.js';
import { Loading } from '../../../components/loading.js';
import { ProblemAlert } from '../../../components/problem-alert.js';
import { formatDollars, formatShare } from '../../../lib/format.js';
import { useYearChanges } from '../api/get-year-changes.js';
import { GainedResolved } from './gained-resolved.js';
import { StreamChanges } from './stream-changes.js';

const yearParam = (value: string | null): number | null => (value && /^\d{4}$/.test(value) ? Number(value) : null);

const figure = (unit: 'share' | 'count', value: number | null) =>
  value === null ? '—' : unit === 'share' ? formatShare(value) : String(value);

/** Year over year: what changed between two fiscal years (not the import history, which is "Changes"). */
export const YearOverYearPage = () => {
  const [params, setParams] = useSearchParams();
  const years = useFundingMap(null).data?.fiscal_years ?? [];
  const latest = years.length > 0 ? Math.max(...years) : null;
  const to = yearParam(params.get('to')) ?? latest;
  const from = yearParam(params.get('from')) ?? (to === null ? null : to - 1);
  const result = useYearChanges(from !== null && to !== null && from < to ? { from, to } : null);
  const choose = (name: 'from' | 'to', value: string) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        next.set(name, value);
        return next;
      },
      { replace: true },
    );
  const choices = [...new Set([...years, ...(from ? [from] : []), ...(to ? [to] : [])])].sort();
  const data = result.data;
  return (
    <main className="page" id="main">
      <h1>Year over year</h1>
      <p className="lede">
        What changed between two fiscal years: streams new, ended or changed in amount, and the findings gained or
        resolved. Streams are matched across years by Assistance Listing and name series. (Import history, the record of
        each upload, is under Changes.)
      </p>
      <div className="year-pickers">
        {(['from', 'to'] as const).map((name) => (
          <label key={name}>
            {name === 'from' ? 'From' : 'To'}{' '}
            <select value={(name === 'from' ? from : to) ?? ''} onChange={(event) => choose(name, event.target.value)}>
              {choices.map((year) => (
                <option key={year} value={year}>
                  FY {year}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
      {from !== null && to !== null && from >= to && <p role="alert">Choose a later year under To.</p>}
      {result.isFetching && !data && <Loading what="the year-over-year changes" />}
      {result.isError && <ProblemAlert error={result.error} action="Comparing the years" />}
      {data && (
        <>
          <section className="card" aria-labelledby="yoy-streams">
            <h2 id="yoy-streams">
              Streams: {formatDollars(data.amount.from)} in FY{data.from}, {formatDollars(data.amount.to)} in FY
              {data.to}
            </h2>
            <p className="muted">
              {data.matching} {data.streams.unchanged} matched streams kept their amount.
            </p>
            <StreamChanges title="New" changes={data.streams.new} />
            <StreamChanges title="Ended" changes={data.streams.ended} />
            <StreamChanges title="Changed in amount" changes={data.streams.changed} />
            <FigureSource provenance={data.provenance} figure="streams" />
          </section>
          <section className="card" aria-labelledby="yoy-indicators">
            <h2 id="yoy-indicators">Scorecard indicators</h2>
            <table className="table">
              <caption className="visually-hidden">Each indicator in both years</caption>
              <thead>
                <tr>
                  <th scope="col">Indicator</th>
                  <th scope="col" className="numeric">
                    FY{data.from}
                  </th>
                  <th scope="col" className="numeric">
                    FY{data.to}
                  </th>
                  <th scope="col" className="numeric">
                    Target
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.indicators.map((indicator) => (
                  <tr key={indicator.id}>
                    <th scope="row">{indicator.label}</th>
                    <td className="numeric">{figure(indicator.unit, indicator.from.value)}</td>
                    <td className="numeric">{figure(indicator.unit, indicator.to.value)}</td>
                    <td className="numeric">{figure(indicator.unit, indicator.to.target)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <FigureSource provenance={data.provenance} figure="indicators" />
          </section>
          <GainedResolved
            title="Duplicated objectives"
            from={data.from}
            to={data.to}
            diff={data.duplicated_objectives}
            source={<FigureSource provenance={data.provenance} figure="duplicated-objectives" />}
            describe={(objective) => objective.name}
          />
          <GainedResolved
            title="GAO findings"
            from={data.from}
            to={data.to}
            diff={data.gao_findings}
            source={<FigureSource provenance={data.provenance} figure="gao-findings" />}
            describe={(finding) => `${finding.kind}: ${finding.label} (${formatDollars(finding.amount)})`}
          />
          <GainedResolved
            title="Competing release pairs"
            from={data.from}
            to={data.to}
            diff={data.competing_pairs}
            source={<FigureSource provenance={data.provenance} figure="competing-pairs" />}
            describe={(pair) => `${pair.a.name} / ${pair.b.name}`}
          />
          <GainedResolved
            title="Gaps"
            from={data.from}
            to={data.to}
            diff={data.gaps}
            source={<FigureSource provenance={data.provenance} figure="gaps" />}
            gainedWord="Opened"
            resolvedWord="Closed"
            describe={(gap) => `${gap.solution.name} (${gap.request_count} requests)`}
          />
        </>
      )}
    </main>
  );
};
