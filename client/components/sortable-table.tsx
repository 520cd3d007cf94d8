import { useState, type ReactNode } from 'react';
import './sortable-table.css';

export interface Column<Row> {
  key: string;
  label: string;
  render: (row: Row) => ReactNode;
  /** The value rows are sorted by; columns without one are not sortable. */
  sortValue?: (row: Row) => number | string | null;
  numeric?: boolean;
}

interface SortableTableProps<Row> {
  caption: string;
  columns: Array<Column<Row>>;
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  initialSort?: { key: string; descending: boolean };
  /** Rows to mark (e.g. the one chosen in the URL). */
  isHighlighted?: (row: Row) => boolean;
  captionHidden?: boolean;
  /** Show this many rows at first, with a button for more. */
  pageSize?: number;
}

const compare = (a: number | string | null, b: number | string | null) => {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b));
};

/** A table whose column headers sort it (announced with aria-sort). */
export const SortableTable = <Row,>({
  caption,
  columns,
  rows,
  rowKey,
  initialSort,
  isHighlighted,
  captionHidden = false,
  pageSize,
}: SortableTableProps<Row>) => {
  const [sort, setSort] = useState(initialSort ?? null);
  const [shown, setShown] = useState(pageSize ?? Infinity);
  const column = columns.find((candidate) => candidate.key === sort?.key);
  const sorted =
    column?.sortValue && sort
      ? [...rows].sort((a, b) => {
          const order = compare(column.sortValue!(a), column.sortValue!(b));
          return sort.descending ? -order : order;
        })
      : rows;
  return (
    <>
      <table className="table">
        <caption className={captionHidden ? 'visually-hidden' : undefined}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((candidate) => {
              const active = sort?.key === candidate.key;
              return (
                <th
                  key={candidate.key}
                  scope="col"
                  className={candidate.numeric ? 'number' : undefined}
                  aria-sort={active ? (sort!.descending ? 'descending' : 'ascending') : undefined}
                >
                  {candidate.sortValue ? (
                    <button
                      type="button"
                      className="sort-button"
                      onClick={() =>
                        setSort({
                          key: candidate.key,
                          descending: active ? !sort!.descending : candidate.numeric === true,
                        })
                      }
                    >
                      {candidate.label}
                      <span aria-hidden="true">{active ? (sort!.descending ? ' ▼' : ' ▲') : ''}</span>
                    </button>
                  ) : (
                    candidate.label
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {sorted.slice(0, shown).map((row) => (
            <tr key={rowKey(row)} className={isHighlighted?.(row) ? 'highlighted' : undefined}>
              {columns.map((candidate) => (
                <td key={candidate.key} className={candidate.numeric ? 'number' : undefined}>
                  {candidate.render(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {sorted.length > shown && (
        <button type="button" className="show-more" onClick={() => setShown(shown + (pageSize ?? 25))}>
          Show {Math.min(pageSize ?? 25, sorted.length - shown)} more of {sorted.length - shown} not shown
        </button>
      )}
    </>
  );
};
