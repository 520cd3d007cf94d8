import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { FoundStream } from '@contract/analytics/finder.js';
import { ChartOrTable } from '../../../components/chart-or-table.js';
import { SortableTable } from '../../../components/sortable-table.js';

const short = (text: string) => (text.length > 36 ? `${text.slice(0, 35)}…` : text);
const parts = [
  { key: 'requests', label: 'Requests covered (40)', weight: 40, color: '#4e79a7' },
  { key: 'amount', label: 'Money available (30)', weight: 30, color: '#59a14f' },
  { key: 'flexibility', label: 'Flexibility (15)', weight: 15, color: '#f28e2b' },
  { key: 'match', label: 'Low match required (15)', weight: 15, color: '#b07aa1' },
] as const;

/** What each of the best streams' score is made of: requests covered, money, flexibility and match. */
export const ScoreChart = ({ streams }: { streams: readonly FoundStream[] }) => {
  const top = streams.slice(0, 10);
  const data = top.map((stream) => ({
    name: short(stream.name),
    ...Object.fromEntries(
      parts.map((part) => [part.key, Math.round(stream.score_parts[part.key] * part.weight * 10) / 10]),
    ),
  }));
  return (
    <ChartOrTable
      title="Why the best streams rank where they do"
      summary={`Stacked bars of the score (0 to 100) of the ${top.length} best streams, split into requests covered, money available, flexibility and match.`}
      table={
        <SortableTable
          caption="Score parts of the best streams"
          rows={top}
          rowKey={(stream) => stream.id}
          columns={[
            { key: 'name', label: 'Stream', render: (stream) => stream.name },
            { key: 'score', label: 'Score', numeric: true, render: (stream) => Math.round(stream.score) },
            ...parts.map((part) => ({
              key: part.key,
              label: part.label,
              numeric: true,
              render: (stream: FoundStream) => (stream.score_parts[part.key] * part.weight).toFixed(1),
            })),
          ]}
        />
      }
      chart={
        <ResponsiveContainer width="100%" height={top.length * 32 + 80}>
          <BarChart data={data} layout="vertical" margin={{ left: 10, right: 20 }}>
            <CartesianGrid horizontal={false} strokeDasharray="3 3" />
            <XAxis type="number" domain={[0, 100]} />
            <YAxis type="category" dataKey="name" width={260} tick={{ fontSize: 12 }} interval={0} />
            <Tooltip />
            <Legend />
            {parts.map((part) => (
              <Bar
                key={part.key}
                dataKey={part.key}
                name={part.label}
                stackId="score"
                fill={part.color}
                isAnimationActive={false}
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      }
    />
  );
};
