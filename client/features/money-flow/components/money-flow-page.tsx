import '../money-flow.css';
import { useMemo, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import type { MoneyFlowLink } from '@contract/analytics/money-flow.js';
import { AnalyticsFilterBar } from '../../../components/analytics-filter-bar.js';
import { FigureSource } from '../../../components/figure-source.js';
import { Loading } from '../../../components/loading.js';
import { ProblemAlert } from '../../../components/problem-alert.js';
import { formatDollars } from '../../../lib/format.js';
import { useAnalyticsFilters } from '../../../lib/use-analytics-filters.js';
import { useMoneyFlow } from '../api/get-money-flow.js';
import { downloadPng, downloadSvg } from '../export-picture.js';
import { bandsOfNodes, mapLinkFor, selectionStreams, toSankeyData, type FlowSelection } from '../sankey-data.js';
import { MoneyFlowChart } from './money-flow-chart.js';
import { MoneyFlowTable } from './money-flow-table.js';

const sameBand = (a: MoneyFlowLink, b: MoneyFlowLink) => a.source === b.source && a.target === b.target;

/** Money flow: a fiscal year's money from its sources to departments, agencies, objectives and partnerships. */
export const MoneyFlowPage = () => {
  const [filters, setFilters] = useAnalyticsFilters();
  const result = useMoneyFlow(filters);
  const [selection, setSelection] = useState<FlowSelection>(null);
  const chart = useRef<HTMLDivElement>(null);
  const data = result.data;
  const year = data?.filters.fiscal_year ?? null;
  const sankey = useMemo(() => (data ? toSankeyData(data) : { nodes: [], links: [] }), [data]);
  const selectedLinks = useMemo(
    () =>
      new Set(
        sankey.links.flatMap((link, index) =>
          link.bands.some((band) => selection?.bands.some((chosen) => sameBand(band, chosen))) ? [index] : [],
        ),
      ),
    [sankey, selection],
  );
  const names = new Map(data?.nodes.map((node) => [node.id, node.name]));
  const selectBands = (bands: MoneyFlowLink[], label: string) =>
    setSelection((current) => (current?.label === label ? null : { bands, label }));
  const selectBand = (band: MoneyFlowLink) =>
    selectBands([band], `${names.get(band.source) ?? band.source} -> ${names.get(band.target) ?? band.target}`);
  const svg = () => chart.current?.querySelector('svg') ?? null;
  const fileName = `money-flow-fy${year ?? 'all'}`;
  const streams = selectionStreams(selection);
  return (
    <main className="page" id="main">
      <h1>Money flow</h1>
      <p className="lede">
        Where the year&apos;s money goes: from its sources to departments, agencies, the objectives it supports and,
        through awards, partnerships. Money passed from one stream to another is drawn once, under the stream it comes
        from; a stream supporting several objectives is split evenly across them.
      </p>
      <AnalyticsFilterBar filters={filters} onChange={setFilters} appliedYear={year} />
      {result.isPending && <Loading what="the money flow" />}
      {result.isError && <ProblemAlert error={result.error} action="Loading the money flow" />}
      {data && (
        <>
          <section className="card" aria-labelledby="money-flow-heading">
            <h2 id="money-flow-heading">
              FY{year ?? '—'}: {formatDollars(data.summary.amount)} in {data.summary.streams} streams
            </h2>
            <p className="muted">
              {data.summary.passed_through} streams carry money passed from another stream (drawn once);{' '}
              {formatDollars(data.summary.awarded)} awarded to partnerships.
            </p>
            {data.nodes.length === 0 ? (
              <p>No funding streams in this year and these filters.</p>
            ) : (
              <>
                <div className="money-flow-actions">
                  <button type="button" onClick={() => svg() && downloadSvg(svg()!, fileName)}>
                    Export SVG
                  </button>
                  <button type="button" onClick={() => svg() && void downloadPng(svg()!, fileName)}>
                    Export PNG
                  </button>
                </div>
                <MoneyFlowChart
                  ref={chart}
                  data={sankey}
                  title={`Money flow, FY${year ?? ''}`}
                  selectedLinks={selectedLinks}
                  onSelectLink={(link) =>
                    link.bands.length === 1 && link.bands[0]
                      ? selectBand(link.bands[0])
                      : selectBands(
                          link.bands,
                          `${sankey.nodes[link.source]?.name ?? ''} -> ${sankey.nodes[link.target]?.name ?? ''}`,
                        )
                  }
                  onSelectNode={(node) => selectBands(bandsOfNodes(data.links, node.members), node.name)}
                />
              </>
            )}
            <FigureSource provenance={data.provenance} figure="chart" />
          </section>
          {selection && (
            <section className="card money-flow-selection" aria-labelledby="money-flow-selection-heading">
              <h2 id="money-flow-selection-heading">Selected: {selection.label}</h2>
              <p>
                {streams.length} streams. <Link to={mapLinkFor(streams, year)}>Open on the map</Link>{' '}
                <button type="button" className="link-button" onClick={() => setSelection(null)}>
                  Show every band
                </button>
              </p>
            </section>
          )}
          <section className="card" aria-label="Money flow table">
            <MoneyFlowTable
              nodes={data.nodes}
              links={data.links}
              shown={selection?.bands ?? null}
              isSelected={(link) => selection?.bands.some((band) => sameBand(band, link)) ?? false}
              onSelect={selectBand}
            />
            <FigureSource provenance={data.provenance} figure="table" />
          </section>
        </>
      )}
    </main>
  );
};
