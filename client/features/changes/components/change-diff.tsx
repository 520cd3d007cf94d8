import type { ChangeSetDetail } from '@contract/changes.js';

const show = (value: unknown): string =>
  value === null || value === undefined ? '(blank)' : Array.isArray(value) ? value.join('; ') : String(value);

const rowLabel = (row: Record<string, unknown>): string => show(row.name ?? row.title ?? '');

/** What one change-set did, table by table: rows added, changed (field by field) and removed. */
export const ChangeDiff = ({ change }: { change: ChangeSetDetail }) => {
  const tables = Object.entries(change.tables);
  if (tables.length === 0) return <p className="muted">This change-set changed no rows.</p>;
  return (
    <div className="change-diff">
      {tables.map(([table, diff]) => (
        <section key={table} aria-labelledby={`diff-${table}`}>
          <h3 id={`diff-${table}`}>{table.replace(/_/g, ' ')}</h3>
          {diff.added.length > 0 && (
            <>
              <h4>Added ({diff.added.length})</h4>
              <ul>
                {diff.added.map((row) => (
                  <li key={row.key}>
                    {row.key} {rowLabel(row.row)}
                  </li>
                ))}
              </ul>
            </>
          )}
          {diff.changed.length > 0 && (
            <>
              <h4>Changed ({diff.changed.length})</h4>
              <ul>
                {diff.changed.map((row) => (
                  <li key={row.key}>
                    {row.key}:{' '}
                    {row.fields
                      .map((field) => `${field.field} ${show(field.before)} → ${show(field.after)}`)
                      .join(', ')}
                  </li>
                ))}
              </ul>
            </>
          )}
          {diff.removed.length > 0 && (
            <>
              <h4>Removed ({diff.removed.length})</h4>
              <ul>
                {diff.removed.map((row) => (
                  <li key={row.key}>
                    {row.key} {rowLabel(row.row)}
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      ))}
    </div>
  );
};
