import '../changes.css';
import { useSearchParams } from 'react-router-dom';
import { Loading } from '../../../components/loading.js';
import { ProblemAlert } from '../../../components/problem-alert.js';
import { useChange } from '../api/get-change.js';
import { useChanges } from '../api/list-changes.js';
import { ChangeDiff } from './change-diff.js';
import { UndoPanel } from './undo-panel.js';

const total = (counts: Record<string, { created: number; updated: number; deleted: number }>) =>
  Object.values(counts).reduce((sum, table) => sum + table.created + table.updated + table.deleted, 0);

/** Every import, edit and undo as a change-set: pick one to see what it did, and undo it (admins). */
export const ChangesPage = () => {
  const [params, setParams] = useSearchParams();
  const selected = params.get('id');
  const changes = useChanges();
  const change = useChange(selected);
  return (
    <main className="page" id="main">
      <h1>Changes</h1>
      <p className="lede">
        Each import, row edit and undo, with what it added, changed and removed. Undo reverts one in a single step; if
        later changes touched the same rows, Braid lists them first.
      </p>
      {changes.isPending && <Loading what="the changes" />}
      {changes.isError && <ProblemAlert error={changes.error} action="Loading the changes" />}
      <div className="changes-layout">
        {changes.data && (
          <table className="table">
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">What</th>
                <th scope="col">Rows</th>
              </tr>
            </thead>
            <tbody>
              {changes.data.items.map((item) => (
                <tr key={item.id} aria-selected={item.id === selected}>
                  <td>
                    <button type="button" className="link-button" onClick={() => setParams({ id: item.id })}>
                      {new Date(item.at).toLocaleString()}
                    </button>
                  </td>
                  <td>{item.actor.label}</td>
                  <td>
                    {item.action}
                    {item.undone_by && <span className="muted"> (undone)</span>}
                  </td>
                  <td>{total(item.counts)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {selected && (
          <section aria-label="The selected change">
            {change.isPending && <Loading what="the change" />}
            {change.isError && <ProblemAlert error={change.error} action="Loading the change" />}
            {change.data && (
              <>
                <h2>
                  {change.data.action} by {change.data.actor.label}
                </h2>
                <UndoPanel key={change.data.id} change={change.data} />
                <ChangeDiff change={change.data} />
              </>
            )}
          </section>
        )}
      </div>
    </main>
  );
};
