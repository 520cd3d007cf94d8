import { useCan } from '../../../api/me.js';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { entities, entityByName, type EntityName } from '@domain/catalog.js';
import { useEditableRow } from '../api/get-editable-row.js';
import { Loading } from '../../../components/loading.js';
import { ProblemAlert } from '../../../components/problem-alert.js';
import { columnLabel } from '../../../lib/format.js';
import { RowForm } from './row-form.js';
import { RowsTable } from './rows-table.js';

const firstTables: EntityName[] = ['funding_streams', 'releases', 'partnerships', 'requests'];
const tableOrder = [
  ...firstTables,
  ...entities.map((entity) => entity.name).filter((name) => !firstTables.includes(name)),
];

const EditRow = ({
  name,
  rowKey,
  onDone,
}: {
  name: EntityName;
  rowKey: string;
  onDone: (message: string | null) => void;
}) => {
  const entity = entityByName(name);
  const row = useEditableRow(entity, rowKey);
  if (row.isPending) return <Loading what={`${entity.singular} ${rowKey}`} />;
  if (row.isError) return <ProblemAlert error={row.error} action={`Loading ${entity.singular} ${rowKey}`} />;
  return (
    <RowForm
      key={rowKey}
      entity={entity}
      existing={row.data.body}
      version={row.data.etag}
      onDone={(saved) => onDone(saved ? `Saved ${entity.singular} ${rowKey}.` : null)}
    />
  );
};

/** Browse a table and add, edit or delete its rows; the table, search, page and row being edited are in the URL. */
export const TableEditor = () => {
  const canEdit = useCan('editor');
  const [params, setParams] = useSearchParams();
  const [message, setMessage] = useState<string | null>(null);
  const name = (tableOrder.find((table) => table === params.get('table')) ?? 'funding_streams') as EntityName;
  const entity = entityByName(name);
  const q = params.get('q') ?? '';
  const page = Math.max(0, Number(params.get('page') ?? 0) || 0);
  const editing = params.get('edit');
  const adding = params.get('new') === '1';
  const set = (changes: Record<string, string | null>, push = false) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        for (const [key, value] of Object.entries(changes)) {
          if (value === null || value === '') next.delete(key);
          else next.set(key, value);
        }
        return next;
      },
      { replace: !push },
    );
  const done = (text: string | null) => {
    setMessage(text);
    set({ edit: null, new: null }, true);
  };
  return (
    <section className="card" aria-labelledby="tables-heading">
      <h2 id="tables-heading">Edit the map</h2>
      <div className="table-tools">
        <label className="inline">
          Table{' '}
          <select
            value={name}
            onChange={(event) => set({ table: event.target.value, q: null, page: null, edit: null, new: null }, true)}
          >
            {tableOrder.map((table) => (
              <option key={table} value={table}>
                {columnLabel(table)}
              </option>
            ))}
          </select>
        </label>
        <label className="inline">
          Search{' '}
          <input
            type="search"
            value={q}
            onChange={(event) => set({ q: event.target.value, page: null })}
            placeholder="id or name"
          />
        </label>
        {canEdit && (
          <button type="button" className="primary" onClick={() => set({ new: '1', edit: null }, true)}>
            Add a {entity.singular}
          </button>
        )}
      </div>
      {message && (
        <p className="success" role="status">
          {message}
        </p>
      )}
      {adding && (
        <RowForm
          key={`new-${name}`}
          entity={entity}
          existing={null}
          onDone={(saved) => done(saved ? `Added ${entity.singular}.` : null)}
        />
      )}
      {editing && <EditRow name={name} rowKey={editing} onDone={done} />}
      <RowsTable
        entity={entity}
        q={q}
        page={page}
        onPage={(next) => set({ page: String(next) })}
        onEdit={(key) => {
          setMessage(null);
          set({ edit: key, new: null }, true);
        }}
      />
    </section>
  );
};
