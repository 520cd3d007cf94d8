import type { UnmatchedRequest } from '@contract/analytics/gaps.js';
import { SortableTable } from '../../../components/sortable-table.js';
import { formatDollars } from '../../../lib/format.js';

/** Requests no stream is eligible for, most urgent first, with why and the nearest misses. */
export const UnmatchedRequests = ({ requests }: { requests: readonly UnmatchedRequest[] }) =>
  requests.length === 0 ? (
    <p className="success">Every request has at least one eligible stream.</p>
  ) : (
    <SortableTable
      caption={`${requests.length} requests with no eligible stream`}
      rows={requests}
      rowKey={(request) => request.key}
      pageSize={15}
      columns={[
        {
          key: 'partnership',
          label: 'Partnership',
          render: (request) => request.partnership?.name ?? 'Described need',
          sortValue: (request) => request.partnership?.name ?? '',
        },
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
        { key: 'reason', label: 'Why nothing fits', render: (request) => request.reason },
        {
          key: 'near',
          label: 'Nearest misses',
          render: (request) =>
            request.near_misses.length === 0
              ? 'none'
              : request.near_misses.map((miss) => `${miss.name} (${miss.reason})`).join('; '),
        },
      ]}
    />
  );
