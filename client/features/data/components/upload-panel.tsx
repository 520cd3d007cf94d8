import { useState, type FormEvent } from 'react';
import { ProblemAlert } from '../../../components/problem-alert.js';
import { useImportFiles, type ImportMode } from '../api/import-files.js';
import { ImportReportTable } from './import-report-table.js';

/** Upload CSV files, one XLSX workbook or a JSON bundle; every bad row is listed and nothing is written. */
export const UploadPanel = () => {
  const [files, setFiles] = useState<File[]>([]);
  const [mode, setMode] = useState<ImportMode>('upsert');
  const upload = useImportFiles();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (files.length === 0) return;
    if (
      mode === 'replace' &&
      !window.confirm('Replace the whole map? Rows that are not in these files will be deleted.')
    )
      return;
    upload.mutate({ files, mode });
  };
  return (
    <section className="card" aria-labelledby="upload-heading">
      <h2 id="upload-heading">Upload data</h2>
      <p>
        CSV files (one per table, named like <code>funding_streams.csv</code>), one XLSX workbook or a JSON bundle, in
        the format of the template. If any row has a problem, nothing is written and every problem is listed.
      </p>
      <form onSubmit={submit} className="stacked-form">
        <label className="stacked">
          Files
          <input
            type="file"
            name="file"
            multiple
            accept=".csv,.xlsx,.json,text/csv,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(event) => {
              setFiles([...(event.target.files ?? [])]);
              upload.reset();
            }}
          />
        </label>
        <fieldset>
          <legend>How to apply it</legend>
          <label className="checkbox-line">
            <input
              type="radio"
              name="mode"
              value="upsert"
              checked={mode === 'upsert'}
              onChange={() => setMode('upsert')}
            />{' '}
            Add new rows and update existing ones
          </label>
          <label className="checkbox-line">
            <input
              type="radio"
              name="mode"
              value="replace"
              checked={mode === 'replace'}
              onChange={() => setMode('replace')}
            />{' '}
            Replace the whole map (rows not in the files are deleted)
          </label>
        </fieldset>
        <button type="submit" disabled={files.length === 0 || upload.isPending}>
          {upload.isPending
            ? 'Importing…'
            : `Import ${files.length > 0 ? `${files.length} file${files.length === 1 ? '' : 's'}` : ''}`}
        </button>
      </form>
      {upload.isError && <ProblemAlert error={upload.error} action="The import" />}
      {upload.data && <ImportReportTable report={upload.data} />}
    </section>
  );
};
