import { Link } from 'react-router-dom';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { AgencyOverlapPair } from '@contract/analytics/agency-overlap.js';
import { ChartOrTable } from '../../../components/chart-or-table.js';
import { SortableTable } from '../../../components/sortable-table.js';
import { formatShare } from '../../../lib/format.js';

interface Props {
  pairs: readonly AgencyOverlapPair[];
  total: number;
  fiscalYear: number | null;
}

const short = (agency: AgencyOverlapPair['a']) =>
  agency.acronym ?? (agency.name.length > 24 ? `${agency.name.slice(0, 23)}…` : agency.name);
const pairLabel = (pair: AgencyOverlapPair) => `${short(pair.a)} & ${short(pair.b)}`;
const mapLink = (pair: AgencyOverlapPair, fiscalYear: number | null) =>
  `/map?sel=agency:${encodeURIComponent(pair.a.id)},agency:${encodeURIComponent(pair.b.id)}&focus=2&types=agency,stream,objective${fiscalYear ? `&fy=${fiscalYear}` : ''}`;

/** How alike agencies' objectives are (Jaccard similarity), most alike first. */
export const AgencyPairs = ({ pairs, total, fiscalYear }: Props) => {
  const top = pairs
    .slice(0, 15)
    .map((pair) => ({ label: pairLabel(pair), similarity: Math.round(pair.similarity * 100) }));
  const table = (
    <SortableTable
      caption={`${total} pairs of agencies share objectives${pairs.length < total ? ` (first ${pairs.length} shown)` : ''}`}
      rows={pairs}
      rowKey={(pair) => `${pair.a.id}|${pair.b.id}`}
      pageSize={25}
      initialSort={{ key: 'similarity', descending: true }}
      columns={[
        { key: 'a', label: 'Agency', render: (pair) => pair.a.name, sortValue: (pair) => pair.a.name },
        { key: 'b', label: 'and agency', render: (pair) => pair.b.name, sortValue: (pair) => pair.b.name },
        {
          key: 'similarity',
          label: 'Similarity',
          numeric: true,
          render: (pair) => formatShare(pair.similarity),
          sortValue: (pair) => pair.similarity,
        },
        {
          key: 'shared',
          label: 'Shared objectives',
          render: (pair) => pair.shared_objectives.map((objective) => objective.name).join(', '),
          sortValue: (pair) => pair.shared_objectives.length,
        },
        { key: 'dept', label: 'Same department', render: (pair) => (pair.same_department ? 'yes' : 'no') },
        {
          key: 'map',
          label: 'Map',
          render: (pair) => (
            <Link to={mapLink(pair, fiscalYear)} aria-label={`Show on map: ${pairLabel(pair)}`}>
              Show on map
            </Link>
          ),
        },
      ]}
    />
  );
  if (pairs.length === 0) return <p>No two agencies share an objective under these filters.</p>;
  return (
    <ChartOrTable
      title="Agency pairs by similarity of their objectives"
      summary={`Bar chart of the ${top.length} most similar agency pairs; the most similar is ${top[0]?.label} at ${top[0]?.similarity}%.`}
      table={table}
      chart={
        <ResponsiveContainer width="100%" height={Math.max(200, top.length * 34 + 40)}>
          <BarChart data={top} layout="vertical" margin={{ left: 20, right: 30 }}>
            <CartesianGrid horizontal={false} strokeDasharray="3 3" />
            <XAxis type="number" domain={[0, 100]} unit="%" />
            <YAxis type="category" dataKey="label" width={260} tick={{ fontSize: 12 }} />
            <Tooltip formatter={(value) => [`${String(value)}%`, 'Similarity']} />
            <Bar dataKey="similarity" fill="#4e79a7" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      }
    />
  );
};
