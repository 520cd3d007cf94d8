import { Link } from 'react-router-dom';
import type { Gap } from '@contract/analytics/gaps.js';
import { SortableTable } from '../../../components/sortable-table.js';
import { formatCoverage, formatDollars } from '../../../lib/format.js';

interface Props {
  gaps: readonly Gap[];
  fiscalYear: number | null;
  highlighted: (gap: Gap) => boolean;
}

/** Requested solutions, worst covered first, with the partnerships asking and the streams eligible. */
export const GapsTable = ({ gaps, fiscalYear, highlighted }: Props) => (
  <SortableTable
    caption={`${gaps.length} requested solutions, largest gaps first`}
    rows={gaps}
    rowKey={(gap) => gap.solution.id}
    pageSize={15}
    isHighlighted={highlighted}
    columns={[
      { key: 'solution', label: 'Solution', render: (gap) => gap.solution.name, sortValue: (gap) => gap.solution.name },
      {
        key: 'who',
        label: 'Requested by',
        render: (gap) => gap.partnerships.map((partnership) => partnership.name).join(', '),
        sortValue: (gap) => gap.request_count,
      },
      {
        key: 'cost',
        label: 'Estimated cost',
        numeric: true,
        render: (gap) => formatDollars(gap.estimated_cost),
        sortValue: (gap) => gap.estimated_cost,
      },
      {
        key: 'eligible',
        label: 'Eligible funding',
        numeric: true,
        render: (gap) => formatDollars(gap.eligible_amount),
        sortValue: (gap) => gap.eligible_amount,
      },
      {
        key: 'uncovered',
        label: 'Not covered',
        numeric: true,
        render: (gap) => (gap.uncovered_amount === null ? 'unknown' : formatDollars(gap.uncovered_amount)),
        sortValue: (gap) => gap.uncovered_amount,
      },
      {
        key: 'coverage',
        label: 'Coverage',
        numeric: true,
        render: (gap) => formatCoverage(gap.coverage),
        sortValue: (gap) => gap.coverage,
      },
      {
        key: 'unmatched',
        label: 'Requests with no stream',
        numeric: true,
        render: (gap) => gap.unmatched_count,
        sortValue: (gap) => gap.unmatched_count,
      },
      {
        key: 'score',
        label: 'Gap score',
        numeric: true,
        render: (gap) => gap.gap_score.toFixed(1),
        sortValue: (gap) => gap.gap_score,
      },
      {
        key: 'map',
        label: 'Map',
        render: (gap) => (
          <Link
            to={`/map?sel=solution:${encodeURIComponent(gap.solution.id)}&focus=2&overlay=gaps${fiscalYear ? `&fy=${fiscalYear}` : ''}`}
            aria-label={`Show on map: ${gap.solution.name}`}
          >
            Show on map
          </Link>
        ),
      },
    ]}
  />
);
