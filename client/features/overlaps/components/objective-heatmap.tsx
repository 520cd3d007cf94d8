import { useId } from 'react';
import { Link } from 'react-router-dom';
import type { DuplicatedObjective } from '@contract/analytics/duplicated-objectives.js';
import { formatDollars, formatDollarsShort } from '../../../lib/format.js';
import { heatColor, toHeatmap } from '../heatmap.js';

interface ObjectiveHeatmapProps {
  objectives: readonly DuplicatedObjective[];
  fiscalYear: number | null;
  highlighted: string | null;
}

/** Dollars by agency and objective, as a table whose cells are shaded by amount (the table is the heatmap). */
export const ObjectiveHeatmap = ({ objectives, fiscalYear, highlighted }: ObjectiveHeatmapProps) => {
  const heatmap = toHeatmap(objectives);
  const descriptionId = useId();
  if (heatmap.rows.length === 0) return <p>No objective is funded by more than one agency under these filters.</p>;
  // The description names the table from outside its scrolling box: as a caption it would be as wide as the
  // table and cut off at the box's edge.
  return (
    <>
      <p id={descriptionId} className="heatmap-description">
        Dollars each agency puts into objectives that more than one agency funds
        {fiscalYear ? ` (FY ${fiscalYear})` : ''}. Darker is more. Money passed down from one agency to another (↳) is
        counted once, under the agency it comes from, so each row adds up to the objective's total.
      </p>
      <div className="heatmap-scroll">
        <table className="table heatmap" aria-labelledby={descriptionId}>
          <thead>
            <tr>
              <th scope="col">Objective</th>
              {heatmap.columns.map((column) => (
                <th key={column.id} scope="col" className="heatmap-agency">
                  <abbr title={column.title}>{column.label}</abbr>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {heatmap.rows.map((row) => (
              <tr key={row.objective.id} className={row.objective.id === highlighted ? 'highlighted' : undefined}>
                <th scope="row">
                  <Link
                    to={`/map?obj=${encodeURIComponent(row.objective.id)}&types=agency,stream,objective${fiscalYear ? `&fy=${fiscalYear}` : ''}`}
                  >
                    {row.objective.name}
                  </Link>
                </th>
                {heatmap.columns.map((column) => {
                  const amount = row.cells.get(column.id) ?? 0;
                  const passed = row.passedThrough.get(column.id) ?? 0;
                  const title = [
                    amount > 0 && `${column.title}: ${formatDollars(amount)}`,
                    passed > 0 &&
                      `${column.title} also administers ${formatDollars(passed)} passed down from another agency's stream, counted there`,
                  ]
                    .filter(Boolean)
                    .join('. ');
                  return (
                    <td
                      key={column.id}
                      className="number heat-cell"
                      style={heatColor(amount, heatmap.max)}
                      title={title || undefined}
                    >
                      {amount > 0 ? formatDollarsShort(amount) : ''}
                      {passed > 0 && (
                        <span className="passed-through">
                          {' '}
                          <span aria-hidden="true">↳</span>
                          <span className="visually-hidden">plus passed through: </span>
                          {formatDollarsShort(passed)}
                        </span>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
};
