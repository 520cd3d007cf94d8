import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useCan } from '../../../api/me.js';
import { useScorecard } from '../../../api/analytics/get-scorecard.js';
import { useScorecardSettings } from '../../../api/analytics/get-scorecard-settings.js';
import { AnalyticsFilterBar } from '../../../components/analytics-filter-bar.js';
import { FigureSource } from '../../../components/figure-source.js';
import { Loading } from '../../../components/loading.js';
import { ProblemAlert } from '../../../components/problem-alert.js';
import { ShareButton } from '../../../components/share-button.js';
import { SortableTable } from '../../../components/sortable-table.js';
import { useAnalyticsFilters } from '../../../lib/use-analytics-filters.js';
import { describeIndicator, formatIndicatorValue, statusLabels } from '../indicator-format.js';
import { IndicatorCard } from './indicator-card.js';
import { ScorecardSettingsDialog } from './scorecard-settings-dialog.js';
import '../scorecard.css';

/** Scorecard: the alignment indicators the team chose, against the targets they set. */
export const ScorecardPage = () => {
  const [filters, setFilters] = useAnalyticsFilters();
  const [editing, setEditing] = useState(false);
  const [params] = useSearchParams();
  const canEdit = useCan('editor');
  const scorecard = useScorecard(filters);
  const settings = useScorecardSettings();
  const year = scorecard.data?.filters.fiscal_year ?? null;
  return (
    <main className="page" id="main">
      <h1>Scorecard</h1>
      <p className="lede">How well funding lines up with what partnerships need, against your own targets.</p>
      <div className="toolbar-row">
        <AnalyticsFilterBar filters={filters} onChange={setFilters} appliedYear={year} allowAllYears />
        {canEdit && (
          <button type="button" onClick={() => setEditing(true)} disabled={!settings.data || !scorecard.data}>
            Settings…
          </button>
        )}
        <ShareButton
          view="scorecard"
          defaultName={`Scorecard${year ? `, FY ${year}` : ''}`}
          query={params.toString()}
        />
      </div>
      {scorecard.isPending && <Loading what="the scorecard" />}
      {scorecard.isError && <ProblemAlert error={scorecard.error} action="Loading the scorecard" />}
      {settings.isError && <ProblemAlert error={settings.error} action="Loading the scorecard settings" />}
      {scorecard.data && (
        <>
          <section className="indicator-grid" aria-label="Indicators">
            {scorecard.data.indicators.map((indicator) => (
              <IndicatorCard key={indicator.id} indicator={indicator} />
            ))}
          </section>
          <FigureSource provenance={scorecard.data.provenance} figure="indicators" />
          <details className="card">
            <summary>The scorecard as a table</summary>
            <SortableTable
              caption={`Scorecard${year ? ` for FY ${year}` : ''}`}
              rows={scorecard.data.indicators}
              rowKey={(indicator) => indicator.id}
              columns={[
                { key: 'label', label: 'Indicator', render: (indicator) => indicator.label },
                {
                  key: 'value',
                  label: 'Value',
                  numeric: true,
                  render: (indicator) => formatIndicatorValue(indicator.unit, indicator.value),
                },
                {
                  key: 'target',
                  label: 'Target',
                  numeric: true,
                  render: (indicator) =>
                    indicator.target === null ? '' : formatIndicatorValue(indicator.unit, indicator.target),
                },
                { key: 'status', label: 'Status', render: (indicator) => statusLabels[indicator.status] },
                { key: 'detail', label: 'Figures', render: (indicator) => indicator.detail },
              ]}
            />
            <FigureSource provenance={scorecard.data.provenance} figure="indicators" />
          </details>
          {scorecard.data.hidden.length > 0 && (
            <p className="muted">Hidden: {scorecard.data.hidden.map((indicator) => indicator.label).join(', ')}.</p>
          )}
        </>
      )}
      {canEdit && settings.data && (
        <ScorecardSettingsDialog
          open={editing}
          onClose={() => setEditing(false)}
          settings={settings.data.indicators}
          describe={describeIndicator}
        />
      )}
    </main>
  );
};
