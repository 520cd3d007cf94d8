import '../history.css';
import { useSearchParams } from 'react-router-dom';
import { entities } from '@domain/catalog.js';
import { Loading } from '../../../components/loading.js';
import { ProblemAlert } from '../../../components/problem-alert.js';
import { pageSize, useAudit, type AuditFilters } from '../api/get-audit.js';
import { useAuditActors } from '../api/get-audit-actors.js';
import { AuditEntryRow } from './audit-entry-row.js';

const otherTables = ['saved_views', 'scorecard_settings', 'share_links'];
const tables = [...entities.map((entity) => entity.name), ...otherTables];

const filterNames = ['actor', 'table', 'from', 'to'] as const;

/** Who changed what, when: the audit trail, filtered by person, table and date (all kept in the URL). */
export const HistoryPage = () => {
  const [params, setParams] = useSearchParams();
  const offset = Math.max(0, Number(params.get('offset') ?? 0) || 0);
  const filters: AuditFilters = { offset };
  for (const name of filterNames) {
    const value = params.get(name);
    if (value) filters[name] = value;
  }
  const audit = useAudit(filters);
  const actors = useAuditActors();
  const set = (name: string, value: string) =>
    setParams((previous) => {
      const next = new URLSearchParams(previous);
      if (value) next.set(name, value);
      else next.delete(name);
      if (name !== 'offset') next.delete('offset');
      return next;
    });
  const total = audit.data?.total ?? 0;
  return (
    <main className="page" id="main">
      <h1>History</h1>
      <p className="lede">Every change to Braid: who made it, when, and what it changed.</p>
      <form className="history-filters" aria-label="Filter the history" onSubmit={(event) => event.preventDefault()}>
        <label>
          Person
          <select value={filters.actor ?? ''} onChange={(event) => set('actor', event.target.value)}>
            <option value="">Everyone</option>
            {actors.data?.items.map((actor) => (
              <option key={actor.id} value={actor.id}>
                {actor.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Table
          <select value={filters.table ?? ''} onChange={(event) => set('table', event.target.value)}>
            <option value="">All tables</option>
            {tables.map((table) => (
              <option key={table} value={table}>
                {table.replace(/_/g, ' ')}
              </option>
            ))}
          </select>
        </label>
        <label>
          From
          <input type="date" value={filters.from ?? ''} onChange={(event) => set('from', event.target.value)} />
        </label>
        <label>
          To
          <input type="date" value={filters.to ?? ''} onChange={(event) => set('to', event.target.value)} />
        </label>
      </form>
      {audit.isPending && <Loading what="the history" />}
      {audit.isError && <ProblemAlert error={audit.error} action="Loading the history" />}
      {audit.data && (
        <>
          <p className="count">
            {total === 0 ? 'No changes match.' : `${offset + 1}–${Math.min(offset + pageSize, total)} of ${total}`}
          </p>
          {total > 0 && (
            <div className="table-scroll">
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">When</th>
                    <th scope="col">Who</th>
                    <th scope="col">What</th>
                    <th scope="col">Table</th>
                    <th scope="col">Rows</th>
                    <th scope="col">Change</th>
                  </tr>
                </thead>
                <tbody>
                  {audit.data.items.map((entry) => (
                    <AuditEntryRow key={entry.id} entry={entry} />
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <div className="button-row">
            <button type="button" disabled={offset === 0} onClick={() => set('offset', String(offset - pageSize))}>
              Newer
            </button>
            <button
              type="button"
              disabled={offset + pageSize >= total}
              onClick={() => set('offset', String(offset + pageSize))}
            >
              Older
            </button>
          </div>
        </>
      )}
    </main>
  );
};
