import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  ReferenceArea,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { CompetingPair } from '@contract/analytics/competing-releases.js';
import { ChartOrTable } from '../../../components/chart-or-table.js';
import { SortableTable } from '../../../components/sortable-table.js';
import { formatDate } from '../../../lib/format.js';
import { levelLabels } from '../competing-levels.js';
import { dayNumber, dayToIso, monthTicks, type TimelineRow } from '../timeline.js';

interface Props {
  rows: readonly TimelineRow[];
  selected: CompetingPair | null;
}

const monthFormat = new Intl.DateTimeFormat('en-US', { month: 'short', year: '2-digit', timeZone: 'UTC' });
const short = (text: string, length = 34) => (text.length > length ? `${text.slice(0, length - 1)}…` : text);

/** The timeline's colours, one per meaning; the legend reads the same table. */
export const timelineColors = {
  competing: '#c62828',
  similar: '#e69500',
  incidental: '#8da0b5',
  none: '#8da0b5',
  chosen: '#6a1b9a',
  faded: '#d5dbe2',
} as const;

const barColor = (row: TimelineRow, selected: CompetingPair | null) => {
  if (selected)
    return row.id === selected.a.id || row.id === selected.b.id ? timelineColors.chosen : timelineColors.faded;
  return timelineColors[row.level ?? 'none'];
};

const TimelineLegend = ({ selected }: { selected: boolean }) => (
  <ul className="legend timeline-legend" aria-label="Timeline colours">
    {selected ? (
      <>
        <li>
          <span className="swatch" style={{ background: timelineColors.chosen }} /> The chosen pair
        </li>
        <li>
          <span className="swatch overlap" /> Days both are open
        </li>
        <li>
          <span className="swatch" style={{ background: timelineColors.faded }} /> Other releases
        </li>
      </>
    ) : (
      <>
        <li>
          <span className="swatch" style={{ background: timelineColors.competing }} /> In a competing pair
        </li>
        <li>
          <span className="swatch" style={{ background: timelineColors.similar }} /> In a similar pair (none competing)
        </li>
        <li>
          <span className="swatch" style={{ background: timelineColors.none }} /> In no pair listed
        </li>
      </>
    )}
  </ul>
);

/** Releases as bars from opening to closing day, by agency; competing ones in red, a chosen pair linked. */
export const ReleaseTimeline = ({ rows, selected }: Props) => {
  if (rows.length === 0) return <p>No releases in this fiscal year.</p>;
  const from = Math.min(...rows.map((row) => row.span[0]));
  const to = Math.max(...rows.map((row) => row.span[1]));
  // The axis has room for an acronym, not a department's name: "Business Development (DED)" reads DED there;
  // the table and the tooltip give the name.
  const axisAgency = (agency: string) => /\(([^()]+)\)$/.exec(agency)?.[1] ?? short(agency, 14);
  const labelOf = new Map(rows.map((row) => [row.id, `${axisAgency(row.agency)} · ${short(row.title, 30)}`]));
  const table = (
    <SortableTable
      caption="Releases by agency"
      rows={rows}
      rowKey={(row) => row.id}
      columns={[
        { key: 'agency', label: 'Agency', render: (row) => row.agency, sortValue: (row) => row.agency },
        { key: 'title', label: 'Release', render: (row) => row.title, sortValue: (row) => row.title },
        { key: 'opens', label: 'Opens', render: (row) => formatDate(row.opens), sortValue: (row) => row.opens },
        { key: 'closes', label: 'Closes', render: (row) => formatDate(row.closes), sortValue: (row) => row.closes },
        {
          key: 'competing',
          label: 'Pairs listed',
          numeric: true,
          render: (row) => row.competing,
          sortValue: (row) => row.competing,
        },
        {
          key: 'level',
          label: 'Strongest level',
          render: (row) => (row.level ? levelLabels[row.level] : ''),
          sortValue: (row) => row.level,
        },
      ]}
    />
  );
  const competingCount = rows.filter((row) => row.level === 'competing').length;
  return (
    <>
      <ChartOrTable
        title="Release windows by agency"
        summary={`Timeline of ${rows.length} releases from ${formatDate(dayToIso(from))} to ${formatDate(dayToIso(to))}; ${competingCount} compete with another release.`}
        table={table}
        chart={
          <ResponsiveContainer width="100%" height={rows.length * 26 + 60}>
            <BarChart data={[...rows]} layout="vertical" margin={{ left: 10, right: 20 }} barCategoryGap={3}>
              <CartesianGrid horizontal={false} strokeDasharray="3 3" />
              <XAxis
                type="number"
                dataKey="span"
                domain={[from, to]}
                ticks={monthTicks(from, to)}
                tickFormatter={(day: number) => monthFormat.format(new Date(day * 86_400_000))}
                orientation="top"
              />
              <YAxis
                type="category"
                dataKey="id"
                width={330}
                interval={0}
                tick={{ fontSize: 11 }}
                tickFormatter={(id: string) => labelOf.get(id) ?? id}
              />
              <Tooltip
                formatter={(_value, _name, item) => {
                  const row = item.payload as TimelineRow;
                  return [`${formatDate(row.opens)} to ${formatDate(row.closes)} (${row.agency})`, row.title];
                }}
                labelFormatter={() => ''}
              />
              {selected && (
                <ReferenceArea
                  x1={dayNumber(selected.overlap.from)}
                  x2={dayNumber(selected.overlap.to) + 1}
                  y1={selected.a.id}
                  y2={selected.b.id}
                  fill="#ff6f00"
                  fillOpacity={0.18}
                  stroke="#ff6f00"
                  strokeDasharray="4 2"
                  ifOverflow="extendDomain"
                />
              )}
              <Bar dataKey="span" isAnimationActive={false}>
                {rows.map((row) => (
                  <Cell key={row.id} fill={barColor(row, selected)} />
                ))}
              </Bar>
            </BarChart>
          </ResponsiveContainer>
        }
      />
      <TimelineLegend selected={selected !== null} />
    </>
  );
};
