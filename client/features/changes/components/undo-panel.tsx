import { useCan } from '../../../api/me.js';
import { ApiProblem } from '../../../api/problem.js';
import { ProblemAlert } from '../../../components/problem-alert.js';
import type { ChangeSetDetail } from '@contract/changes.js';
import { useUndoChange } from '../api/undo-change.js';

/** Undo one change-set; when later changes are in the way, lists them and offers to undo those as well. */
export const UndoPanel = ({ change }: { change: ChangeSetDetail }) => {
  const undo = useUndoChange();
  const canUndo = useCan('admin');
  // The refreshed change arrives already undone: say what this click reverted before that.
  if (undo.isSuccess)
    return (
      <p className="success" role="status">
        Undone: {undo.data.undone.length} change-set{undo.data.undone.length === 1 ? '' : 's'} reverted.
      </p>
    );
  if (change.undone_by) return <p className="notice">Undone on {new Date(change.undone_at ?? '').toLocaleString()}.</p>;
  if (change.kind === 'undo') return <p className="muted">An undo cannot itself be undone; import or edit again.</p>;
  if (!canUndo) return <p className="muted">Undoing a change needs the admin role; ask an admin.</p>;
  const refusal = undo.error instanceof ApiProblem && undo.error.status === 409 ? undo.error.problem : null;
  return (
    <div className="undo-panel">
      <button
        type="button"
        className="primary"
        disabled={undo.isPending}
        onClick={() => undo.mutate({ id: change.id, cascade: false })}
      >
        {undo.isPending ? 'Undoing…' : 'Undo this change'}
      </button>
      {refusal?.rows ? (
        <div className="problem" role="alert">
          <p className="problem-title">{refusal.title}</p>
          {refusal.detail && <p>{refusal.detail}</p>}
          <ul>
            {refusal.rows.map((row) => (
              <li key={`${row.table}:${row.key}`}>
                {row.table} {row.key}: {row.reason}
              </li>
            ))}
          </ul>
          {refusal.later && refusal.later.length > 0 && (
            <>
              <p>Later changes that touched them:</p>
              <ul>
                {refusal.later.map((later) => (
                  <li key={later.id}>
                    {new Date(later.at).toLocaleString()}, {later.actor}: {later.action}
                  </li>
                ))}
              </ul>
              <button type="button" onClick={() => undo.mutate({ id: change.id, cascade: true })}>
                Undo those later changes as well
              </button>
            </>
          )}
        </div>
      ) : (
        undo.isError && <ProblemAlert error={undo.error} action="Undoing" />
      )}
    </div>
  );
};
