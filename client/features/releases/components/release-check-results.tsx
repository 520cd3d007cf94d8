import type { ReleaseCheckResponse } from '@contract/analytics/release-check.js';
import { SortableTable } from '../../../components/sortable-table.js';
import { formatDate, formatDollars, formatShare } from '../../../lib/format.js';
import { agencyLabel, levelOrder } from '../competing-levels.js';
import { LevelBadge, SeverityBar, WithinDepartmentBadge } from './level-badge.js';
import { PairReasons } from './pair-reasons.js';
import type { WithFigureProvenance } from '@contract/provenance.js';
import { FigureSource } from '../../../components/figure-source.js';

/** What a draft release would do, worst first: conflicts, duplication, who it serves, which gaps it narrows. */
export const ReleaseCheckResults = ({ result }: { result: WithFigureProvenance<ReleaseCheckResponse> }) => (
  <section className="check-results" aria-labelledby="check-heading" aria-live="polite">
    <h3 id="check-heading">What “{result.draft.title}” would do</h3>
    <ul className="summary-list">
      {result.summary.map((sentence) => (
        <li key={sentence}>{sentence}</li>
      ))}
    </ul>
    {result.competing.length > 0 ? (
      <SortableTable
        caption={`Conflicts: ${result.competing.length} release${result.competing.length === 1 ? '' : 's'} open at the same time for the same objectives`}
        rows={result.competing}
        rowKey={(conflict) => conflict.release.id}
        initialSort={{ key: 'level', descending: true }}
        columns={[
          {
            key: 'level',
            label: 'Level',
            render: (conflict) => (
              <>
                <LevelBadge level={conflict.level} />
                {conflict.same_department && <WithinDepartmentBadge />}
              </>
            ),
            sortValue: levelOrder,
          },
          { key: 'release', label: 'Release', render: (conflict) => conflict.release.title },
          { key: 'agency', label: 'Agency', render: (conflict) => agencyLabel(conflict.release.agency) },
          {
            key: 'window',
            label: 'Window',
            render: (conflict) => `${formatDate(conflict.release.opens)} to ${formatDate(conflict.release.closes)}`,
          },
          {
            key: 'days',
            label: 'Overlap days',
            numeric: true,
            render: (conflict) => conflict.overlap_days,
            sortValue: (conflict) => conflict.overlap_days,
          },
          {
            key: 'shared',
            label: 'Shared objectives',
            render: (conflict) => conflict.shared_objectives.map((objective) => objective.name).join(', '),
          },
          {
            key: 'severity',
            label: 'Severity',
            numeric: true,
            render: (conflict) => <SeverityBar severity={conflict.severity} />,
            sortValue: (conflict) => conflict.severity,
          },
          {
            key: 'why',
            label: 'Why',
            render: (conflict) => (
              <details>
                <summary>Score {Math.round(conflict.score * 100)}%</summary>
                <PairReasons reasons={conflict.reasons} />
              </details>
            ),
          },
        ]}
      />
    ) : (
      <p className="success">No release open at the same time competes with it.</p>
    )}
    <FigureSource provenance={result.provenance} figure="conflicts" />
    {result.duplicated_objectives.length > 0 && (
      <SortableTable
        caption="Objectives other agencies already fund"
        rows={result.duplicated_objectives}
        rowKey={(item) => item.objective.id}
        columns={[
          { key: 'objective', label: 'Objective', render: (item) => item.objective.name },
          { key: 'before', label: 'Agencies now', numeric: true, render: (item) => item.agencies_before },
          { key: 'after', label: 'With this release', numeric: true, render: (item) => item.agencies_after },
          {
            key: 'note',
            label: '',
            render: (item) =>
              item.becomes_duplicated ? (
                <span className="badge">becomes duplicated</span>
              ) : item.already_duplicated ? (
                'already duplicated'
              ) : (
                ''
              ),
          },
        ]}
      />
    )}
    {result.duplicated_objectives.length > 0 && <FigureSource provenance={result.provenance} figure="objectives" />}
    {result.narrows.length > 0 && (
      <SortableTable
        caption={`Serves ${result.serves.request_count} requests of ${result.serves.partnerships.length} partnerships; gaps it narrows`}
        rows={result.narrows}
        rowKey={(gap) => gap.solution.id}
        columns={[
          { key: 'solution', label: 'Solution', render: (gap) => gap.solution.name },
          {
            key: 'served',
            label: 'Requests served',
            numeric: true,
            render: (gap) => `${gap.requests_served} of ${gap.request_count}`,
          },
          {
            key: 'coverage',
            label: 'Coverage before → after',
            numeric: true,
            render: (gap) =>
              `${gap.coverage_before === null ? '–' : formatShare(gap.coverage_before)} → ${gap.coverage_after === null ? '–' : formatShare(gap.coverage_after)}`,
          },
          { key: 'added', label: 'Added', numeric: true, render: (gap) => formatDollars(gap.added_amount) },
          { key: 'newly', label: 'Newly matched', numeric: true, render: (gap) => gap.newly_matched },
        ]}
      />
    )}
    {result.narrows.length > 0 && <FigureSource provenance={result.provenance} figure="serves" />}
  </section>
);
