import type { NetworkResponse } from '@contract/analytics/network.js';
import { SortableTable } from '../../../components/sortable-table.js';
import { formatDollars, formatShare } from '../../../lib/format.js';

/** Funding families (streams grouped by the objectives they share) and the agencies that bridge them. */
export const FundingFamilies = ({ network }: { network: NetworkResponse }) => (
  <>
    <SortableTable
      caption={`${network.communities.length} funding families`}
      rows={network.communities}
      rowKey={(family) => String(family.id)}
      columns={[
        {
          key: 'label',
          label: 'Family (its main objectives)',
          render: (family) => family.label,
          sortValue: (family) => family.label,
        },
        {
          key: 'streams',
          label: 'Streams',
          numeric: true,
          render: (family) => family.stream_ids.length,
          sortValue: (family) => family.stream_ids.length,
        },
        {
          key: 'agencies',
          label: 'Agencies',
          numeric: true,
          render: (family) => family.agency_count,
          sortValue: (family) => family.agency_count,
        },
        {
          key: 'departments',
          label: 'Departments',
          numeric: true,
          render: (family) => (
            <>
              {family.department_count}
              {family.cross_department && <span className="badge">across departments</span>}
            </>
          ),
          sortValue: (family) => family.department_count,
        },
        {
          key: 'amount',
          label: 'Dollars',
          numeric: true,
          render: (family) => formatDollars(family.amount),
          sortValue: (family) => family.amount,
        },
      ]}
    />
    <SortableTable
      caption="Agencies that bridge objectives (betweenness: how much an agency links otherwise separate objectives)"
      rows={[...network.agencies].sort((a, b) => b.betweenness - a.betweenness).slice(0, 12)}
      rowKey={(agency) => agency.id}
      columns={[
        { key: 'name', label: 'Agency', render: (agency) => agency.name },
        { key: 'department', label: 'Department', render: (agency) => agency.department.name },
        { key: 'families', label: 'Families', numeric: true, render: (agency) => agency.communities.length },
        { key: 'betweenness', label: 'Bridging', numeric: true, render: (agency) => formatShare(agency.betweenness) },
        { key: 'amount', label: 'Dollars', numeric: true, render: (agency) => formatDollars(agency.amount) },
      ]}
    />
    <p className="hint">{network.method.communities}.</p>
  </>
);
