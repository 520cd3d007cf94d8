import { entities } from '@domain/catalog.js';
import { columnLabel } from '../../../lib/format.js';
import type { ImportReport } from '@contract/import-report.js';
import { SourceReportDetails } from './source-report.js';

/** What an import did, table by table. */
export const ImportReportTable = ({ report }: { report: ImportReport }) => {
  const rows = entities.map((entity) => ({ entity, counts: report.tables[entity.name] }));
  return (
    <div role="status" className="success">
      <p>
        Imported {report.rows} rows ({report.mode === 'replace' ? 'replacing the map' : 'added and updated'}).
      </p>
      <table className="table">
        <caption>What changed</caption>
        <thead>
          <tr>
            <th scope="col">Table</th>
            <th scope="col" className="number">
              Created
            </th>
            <th scope="col" className="number">
              Updated
            </th>
            <th scope="col" className="number">
              Unchanged
            </th>
            <th scope="col" className="number">
              Deleted
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ entity, counts }) => (
            <tr key={entity.name}>
              <th scope="row">{columnLabel(entity.name)}</th>
              <td className="number">{counts.created}</td>
              <td className="number">{counts.updated}</td>
              <td className="number">{counts.unchanged}</td>
              <td className="number">{counts.deleted}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {report.source && <SourceReportDetails source={report.source} />}
    </div>
  );
};
