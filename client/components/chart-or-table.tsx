import { useId, useState, type ReactNode } from 'react';
import './chart-or-table.css';

interface ChartOrTableProps {
  title: string;
  /** One sentence saying what the chart shows, read out in place of the picture. */
  summary: string;
  chart: ReactNode;
  table: ReactNode;
}

/** Every chart has a table alternative: a figure whose caption offers both views. */
export const ChartOrTable = ({ title, summary, chart, table }: ChartOrTableProps) => {
  const [asTable, setAsTable] = useState(false);
  const id = useId();
  return (
    <figure className="chart-figure" aria-labelledby={`${id}-title`}>
      <figcaption>
        <span id={`${id}-title`} className="chart-title">
          {title}
        </span>
        <span className="button-group" role="group" aria-label={`Show ${title.toLowerCase()} as`}>
          <button type="button" aria-pressed={!asTable} onClick={() => setAsTable(false)}>
            Chart
          </button>
          <button type="button" aria-pressed={asTable} onClick={() => setAsTable(true)}>
            Table
          </button>
        </span>
      </figcaption>
      {asTable ? (
        table
      ) : (
        <div role="img" aria-label={summary} className="chart-area">
          {chart}
        </div>
      )}
    </figure>
  );
};
