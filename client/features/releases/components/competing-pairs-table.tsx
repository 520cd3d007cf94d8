import { Link } from 'react-router-dom';
import type { CompetingPair, CompetingReleasesResponse } from '@contract/analytics/competing-releases.js';
import { SortableTable } from '../../../components/sortable-table.js';
import { formatDate, formatDollars } from '../../../lib/format.js';
import { agencyLabel, levelOrder } from '../competing-levels.js';
import { pairKey } from '../timeline.js';
import { LevelBadge, SeverityBar, WithinDepartmentBadge } from './level-badge.js';
import { PairReasons } from './pair-reasons.js';

interface Props {
  pairs: readonly CompetingPair[];
  total: number;
  counts: CompetingReleasesResponse['counts'];
  withIncidental: boolean;
  selected: string | null;
  highlightRelease: string | null;
  onSelect: (key: string | null) => void;
}

const side = (release: CompetingPair['a']) => (
  <>
    {release.title}
    <br />
    <span className="muted">
      {agencyLabel(release.agency)} · {formatDate(release.opens)} to {formatDate(release.closes)}
    </span>
  </>
);

/** Pairs by level (competing first), most severe first in each, sortable; choosing one links its bars on the timeline. */
export const CompetingPairsTable = ({
  pairs,
  total,
  counts,
  withIncidental,
  selected,
  highlightRelease,
  onSelect,
}: Props) => (
  <SortableTable
    caption={`${total} pairs listed: ${counts.competing} competing pairs, ${counts.similar} similar${withIncidental ? `, ${counts.incidental} incidental` : ''}${pairs.length < total ? ` (the first ${pairs.length} shown)` : ''}`}
    rows={pairs}
    rowKey={pairKey}
    pageSize={20}
    initialSort={{ key: 'level', descending: true }}
    isHighlighted={(pair) =>
      pairKey(pair) === selected || pair.a.id === highlightRelease || pair.b.id === highlightRelease
    }
    columns={[
      {
        key: 'level',
        label: 'Level',
        render: (pair) => (
          <>
            <LevelBadge level={pair.level} />
            {pair.same_department && <WithinDepartmentBadge />}
            {pair.found_by === 'wording' && <span className="badge">Found by wording</span>}
            {pair.found_by === 'profile' && <span className="badge">Found by program profile</span>}
          </>
        ),
        sortValue: levelOrder,
      },
      { key: 'a', label: 'Release', render: (pair) => side(pair.a), sortValue: (pair) => pair.a.title },
      { key: 'b', label: 'and', render: (pair) => side(pair.b), sortValue: (pair) => pair.b.title },
      {
        key: 'why',
        label: 'Why',
        render: (pair) => (
          <details>
            <summary>Score {Math.round(pair.score * 100)}%</summary>
            <PairReasons reasons={pair.reasons} />
          </details>
        ),
        sortValue: (pair) => pair.score,
      },
      {
        key: 'severity',
        label: 'Severity',
        numeric: true,
        render: (pair) => <SeverityBar severity={pair.severity} />,
        sortValue: (pair) => pair.severity,
      },
      {
        key: 'days',
        label: 'Overlap days',
        numeric: true,
        render: (pair) => pair.overlap_days,
        sortValue: (pair) => pair.overlap_days,
      },
      {
        key: 'objectives',
        label: 'Shared objectives',
        render: (pair) => pair.shared_objectives.map((objective) => objective.name).join(', '),
        sortValue: (pair) => pair.shared_objectives.length,
      },
      {
        key: 'amount',
        label: 'Combined amount',
        numeric: true,
        render: (pair) => `${formatDollars(pair.combined_amount)}${pair.amount_known ? '' : ' +'}`,
        sortValue: (pair) => pair.combined_amount,
      },
      {
        key: 'actions',
        label: 'Show',
        render: (pair) => (
          <span className="button-row-tight">
            <button
              type="button"
              className="small"
              aria-pressed={pairKey(pair) === selected}
              onClick={() => onSelect(pairKey(pair) === selected ? null : pairKey(pair))}
              aria-label={`On timeline: ${pair.a.title} and ${pair.b.title}`}
            >
              On timeline
            </button>
            <Link
              to={`/map?sel=release:${encodeURIComponent(pair.a.id)},release:${encodeURIComponent(pair.b.id)}&focus=1&types=agency,release,objective&overlay=competing&fy=${pair.a.fiscal_year}`}
              aria-label={`Map: ${pair.a.title} and ${pair.b.title}`}
            >
              Map
            </Link>
          </span>
        ),
      },
    ]}
  />
);
