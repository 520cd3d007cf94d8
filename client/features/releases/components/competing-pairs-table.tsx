import { Link } from 'react-router-dom';
import type { CompetingPair } from '@contract/analytics/competing-releases.js';
import { SortableTable } from '../../../components/sortable-table.js';
import { formatDate, formatDollars, formatShare } from '../../../lib/format.js';
import { pairKey } from '../timeline.js';

interface Props {
  pairs: readonly CompetingPair[];
  total: number;
  selected: string | null;
  highlightRelease: string | null;
  onSelect: (key: string | null) => void;
}

const side = (release: CompetingPair['a']) => (
  <>
    {release.title}
    <br />
    <span className="muted">
      {release.agency.acronym ?? release.agency.name} · {formatDate(release.opens)} to {formatDate(release.closes)}
    </span>
  </>
);

/** Competing pairs, most severe first, sortable; choosing one links its two bars on the timeline. */
export const CompetingPairsTable = ({ pairs, total, selected, highlightRelease, onSelect }: Props) => (
  <SortableTable
    caption={`${total} competing pairs${pairs.length < total ? ` (the ${pairs.length} most severe shown)` : ''}`}
    rows={pairs}
    rowKey={pairKey}
    pageSize={20}
    initialSort={{ key: 'severity', descending: true }}
    isHighlighted={(pair) =>
      pairKey(pair) === selected || pair.a.id === highlightRelease || pair.b.id === highlightRelease
    }
    columns={[
      { key: 'a', label: 'Release', render: (pair) => side(pair.a), sortValue: (pair) => pair.a.title },
      { key: 'b', label: 'competes with', render: (pair) => side(pair.b), sortValue: (pair) => pair.b.title },
      {
        key: 'severity',
        label: 'Severity',
        numeric: true,
        render: (pair) => (
          <span className="severity">
            <meter min={0} max={1} value={pair.severity} aria-hidden="true" /> {formatShare(pair.severity)}
          </span>
        ),
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
