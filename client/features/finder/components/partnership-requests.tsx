import type { FinderResponse } from '@contract/analytics/finder.js';
import { SortableTable } from '../../../components/sortable-table.js';
import { formatDollars } from '../../../lib/format.js';

interface Props {
  requests: FinderResponse['requests'];
  selected: string | null;
  onPlan: (solutionId: string) => void;
}

/** What the partnership asks for, how many streams each request is eligible for, and a braiding plan for one. */
export const PartnershipRequests = ({ requests, selected, onPlan }: Props) => (
  <SortableTable
    caption="What the partnership asks for"
    rows={requests}
    rowKey={(request) => request.key}
    isHighlighted={(request) => request.solution?.id === selected}
    columns={[
      {
        key: 'solution',
        label: 'Solution',
        render: (request) => request.solution?.name ?? '',
        sortValue: (request) => request.solution?.name ?? '',
      },
      {
        key: 'priority',
        label: 'Priority',
        numeric: true,
        render: (request) => request.priority ?? '',
        sortValue: (request) => request.priority,
      },
      {
        key: 'cost',
        label: 'Estimated cost',
        numeric: true,
        render: (request) => (request.estimated_cost === null ? '' : formatDollars(request.estimated_cost)),
        sortValue: (request) => request.estimated_cost,
      },
      {
        key: 'eligible',
        label: 'Eligible streams',
        numeric: true,
        render: (request) => request.eligible_stream_count,
        sortValue: (request) => request.eligible_stream_count,
      },
      {
        key: 'plan',
        label: 'Braiding',
        render: (request) =>
          request.solution && request.eligible_stream_count > 0 ? (
            <button
              type="button"
              className="small"
              aria-pressed={request.solution.id === selected}
              onClick={() => onPlan(request.solution!.id)}
            >
              Plan braiding
            </button>
          ) : (
            <span className="muted">nothing eligible</span>
          ),
      },
    ]}
  />
);
