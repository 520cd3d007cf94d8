import { Link } from 'react-router-dom';
import type { DuplicatedObjective } from '@contract/analytics/duplicated-objectives.js';
import { SortableTable } from '../../../components/sortable-table.js';
import { formatDollars } from '../../../lib/format.js';

interface Props {
  objectives: readonly DuplicatedObjective[];
  fiscalYear: number | null;
  highlighted: string | null;
}

/** The duplicated objectives, ranked: most departments first, with the agencies and dollars behind each. */
export const DuplicatedObjectivesList = ({ objectives, fiscalYear, highlighted }: Props) => (
  <SortableTable
    caption={`${objectives.length} objectives funded by more than one agency`}
    rows={objectives}
    rowKey={(row) => row.id}
    pageSize={15}
    isHighlighted={(row) => row.id === highlighted}
    columns={[
      {
        key: 'rank',
        label: 'Rank',
        render: (row) => objectives.indexOf(row) + 1,
        sortValue: (row) => objectives.indexOf(row),
      },
      { key: 'name', label: 'Objective', render: (row) => row.name, sortValue: (row) => row.name },
      {
        key: 'departments',
        label: 'Departments',
        numeric: true,
        render: (row) => (
          <>
            {row.department_count}
            {row.cross_department && <span className="badge">across departments</span>}
          </>
        ),
        sortValue: (row) => row.department_count,
      },
      {
        key: 'agencies',
        label: 'Agencies',
        numeric: true,
        render: (row) => row.agency_count,
        sortValue: (row) => row.agency_count,
      },
      {
        key: 'who',
        label: 'Who funds it',
        render: (row) => row.agencies.map((agency) => agency.acronym ?? agency.name).join(', '),
      },
      {
        key: 'streams',
        label: 'Streams',
        numeric: true,
        render: (row) => row.stream_count,
        sortValue: (row) => row.stream_count,
      },
      {
        key: 'amount',
        label: 'Total',
        numeric: true,
        render: (row) => formatDollars(row.total_amount),
        sortValue: (row) => row.total_amount,
      },
      {
        key: 'map',
        label: 'Map',
        render: (row) => (
          <Link
            to={`/map?obj=${encodeURIComponent(row.id)}&types=agency,stream,objective&overlay=duplicates${fiscalYear ? `&fy=${fiscalYear}` : ''}`}
            aria-label={`Show on map: ${row.name}`}
          >
            Show on map
          </Link>
        ),
      },
    ]}
  />
);
