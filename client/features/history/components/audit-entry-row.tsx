import { Link } from 'react-router-dom';
import type { AuditEntry } from '@contract/audit.js';
import { entities } from '@domain/catalog.js';

const tableNames = new Set<string>(entities.map((entity) => entity.name));
const shownKeys = 5;

const formatValue = (value: unknown): string =>
  value === null || value === undefined ? '(blank)' : Array.isArray(value) ? value.join('; ') : String(value);

/** Keys of map rows link to the row in the Data view (unless the entry deleted it). */
const KeyLinks = ({ entry }: { entry: AuditEntry }) => {
  const table = entry.tables.length === 1 ? entry.tables[0] : undefined;
  const linkable = table !== undefined && tableNames.has(table) && entry.action !== 'row.delete';
  const keys = entry.keys.slice(0, shownKeys);
  const more = entry.key_count - keys.length;
  return (
    <>
      {keys.map((key, index) => (
        <span key={key}>
          {index > 0 && ', '}
          {linkable ? <Link to={`/data?table=${table}&edit=${encodeURIComponent(key)}`}>{key}</Link> : key}
        </span>
      ))}
      {more > 0 && <span className="muted"> and {more} more</span>}
    </>
  );
};

const countsText = (counts: AuditEntry['counts']): string =>
  Object.entries(counts ?? {})
    .map(([table, value]) => {
      const { created = 0, updated = 0, deleted = 0 } = value as Record<string, number>;
      const parts = [created && `${created} added`, updated && `${updated} changed`, deleted && `${deleted} removed`];
      const said = parts.filter(Boolean).join(', ');
      return said ? `${table}: ${said}` : '';
    })
    .filter(Boolean)
    .join('; ');

export const AuditEntryRow = ({ entry }: { entry: AuditEntry }) => (
  <tr>
    <td>
      <time dateTime={entry.at}>{new Date(entry.at).toLocaleString()}</time>
    </td>
    <td>{entry.actor.label}</td>
    <td>{entry.action}</td>
    <td>{entry.tables.join(', ')}</td>
    <td>
      <KeyLinks entry={entry} />
    </td>
    <td>
      {entry.fields && entry.fields.length > 0 ? (
        <ul className="field-changes">
          {entry.fields.map((change) => (
            <li key={`${change.key}:${change.field}`}>
              {change.field}: {formatValue(change.before)} → {formatValue(change.after)}
            </li>
          ))}
        </ul>
      ) : (
        <span>{countsText(entry.counts) || entry.detail}</span>
      )}
    </td>
  </tr>
);
