import { useCan } from '../../../api/me.js';
import { useState } from 'react';
import type { EntityDefinition } from '@domain/catalog.js';
import type { Row } from '../../../api/rows/get-row.js';
import { useRows } from '../../../api/rows/list-rows.js';
import { rowKeyOf } from '../../../api/rows/row-key.js';
import { Loading } from '../../../components/loading.js';
import { ProblemAlert } from '../../../components/problem-alert.js';
import { columnLabel, formatDollars } from '../../../lib/format.js';
import { useDeleteRow } from '../api/delete-row.js';
import { moneyColumns, summaryColumns } from '../summary-columns.js';

export const pageSize = 25;

interface RowsTableProps {
  entity: EntityDefinition;
  q: string;
  page: number;
  onPage: (page: number) => void;
  onEdit: (key: string) => void;
}

const cell = (column: string, value: unknown) => {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.join('; ');
  if (typeof value === 'number' && moneyColumns.has(column)) return formatDollars(value);
  return String(value);
};

const DeleteButton = ({ entity, row }: { entity: EntityDefinition; row: Row }) => {
  const [confirming, setConfirming] = useState(false);
  const remove = useDeleteRow();
  const key = rowKeyOf(entity, row);
  if (!confirming)
    return (
      <button
        type="button"
        className="small"
        onClick={() => setConfirming(true)}
        aria-label={`Delete ${entity.singular} ${key}`}
      >
        Delete
      </button>
    );
  return (
    <span className="confirm">
      Delete {key}?{' '}
      <button
        type="button"
        className="small danger"
        onClick={() => remove.mutate({ entity, key })}
        disabled={remove.isPending}
      >
        Yes, delete
      </button>{' '}
      <button
        type="button"
        className="small"
        onClick={() => {
          setConfirming(false);
          remove.reset();
        }}
      >
        Keep it
      </button>
      {remove.isError && <ProblemAlert error={remove.error} action="Deleting" />}
    </span>
  );
};

/** One table's rows, searchable and paged, each with edit and delete. */
export const RowsTable = ({ entity, q, page, onPage, onEdit }: RowsTableProps) => {
  const canEdit = useCan('editor');
  const rows = useRows(entity, { q, limit: pageSize, offset: page * pageSize });
  const columns = summaryColumns(entity);
  if (rows.isPending) return <Loading what={`${columnLabel(entity.name).toLowerCase()}`} />;
  if (rows.isError) return <ProblemAlert error={rows.error} action={`Loading ${entity.name.replace(/_/g, ' ')}`} />;
  const { items, total } = rows.data;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <>
      <div className="table-scroll">
        <table className="table rows-table">
          <caption>
            {total} {total === 1 ? entity.singular : entity.name.replace(/_/g, ' ')}
            {q ? ` matching “${q}”` : ''}
          </caption>
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column} scope="col" className={moneyColumns.has(column) ? 'number' : undefined}>
                  {columnLabel(column)}
                </th>
              ))}
              {canEdit && (
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {items.map((row) => {
              const key = rowKeyOf(entity, row);
              return (
                <tr key={key}>
                  {columns.map((column) => (
                    <td key={column} className={moneyColumns.has(column) ? 'number' : undefined}>
                      {cell(column, row[column])}
                    </td>
                  ))}
                  {canEdit && (
                    <td className="actions">
                      <button
                        type="button"
                        className="small"
                        onClick={() => onEdit(key)}
                        aria-label={`Edit ${entity.singular} ${key}`}
                      >
                        Edit
                      </button>{' '}
                      <DeleteButton entity={entity} row={row} />
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {pages > 1 && (
        <nav className="pager" aria-label="Pages">
          <button type="button" disabled={page === 0} onClick={() => onPage(page - 1)}>
            Previous
          </button>
          <span>
            Page {page + 1} of {pages}
          </span>
          <button type="button" disabled={page + 1 >= pages} onClick={() => onPage(page + 1)}>
            Next
          </button>
        </nav>
      )}
    </>
  );
};
