import type { ImportReport } from '@contract/import-report.js';

type SourceReport = NonNullable<ImportReport['source']>;

const IssueTable = ({ caption, issues }: { caption: string; issues: SourceReport['skipped'] }) => (
  <table className="table">
    <caption>{caption}</caption>
    <thead>
      <tr>
        <th scope="col">File</th>
        <th scope="col" className="number">
          Row
        </th>
        <th scope="col">Title</th>
        <th scope="col">Why</th>
      </tr>
    </thead>
    <tbody>
      {issues.map((issue) => (
        <tr key={`${issue.file}:${issue.row}`}>
          <td>{issue.file}</td>
          <td className="number">{issue.row}</td>
          <td>{issue.title}</td>
          <td>{issue.reason}</td>
        </tr>
      ))}
    </tbody>
  </table>
);

/** What a public-source import read, and every record it could not place: nothing is dropped silently. */
export const SourceReportDetails = ({ source }: { source: SourceReport }) => {
  const { read, imported, excluded, skipped, unmapped } = source.counts;
  return (
    <div>
      <p>
        {read} records read: {imported} imported, {excluded} left out by your choice of categories, {skipped} skipped
        and {unmapped} that no rule of the objective mapping places (extend <code>seed/mappings/objectives.csv</code> to
        bring them in).
      </p>
      {source.skipped.length > 0 && (
        <IssueTable caption={`Skipped (${source.skipped.length})`} issues={source.skipped} />
      )}
      {source.unmapped.length > 0 && (
        <IssueTable caption={`Not mapped to an objective (${source.unmapped.length})`} issues={source.unmapped} />
      )}
      {source.warnings.length > 0 && (
        <details>
          <summary>Kept as published, but worth a look ({source.warnings.length})</summary>
          <ul>
            {source.warnings.map((warning, index) => (
              <li key={index}>
                {warning.file}
                {warning.row ? `, row ${warning.row}` : ''}: {warning.message}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
};
