import { useState, type FormEvent } from 'react';
import { ApiProblem } from '../../../api/problem.js';
import { ProblemAlert } from '../../../components/problem-alert.js';
import { importSourceChoices, useImportFiles, type ImportMode, type ImportSourceChoice } from '../api/import-files.js';
import { ImportReportTable } from './import-report-table.js';

/** Upload CSV files, one XLSX workbook or a JSON bundle; every bad row is listed and nothing is written. */
export const UploadPanel = () => {
  const [files, setFiles] = useState<File[]>([]);
  const [mode, setMode] = useState<ImportMode>('upsert');
  const [source, setSource] = useState<ImportSourceChoice>('braid');
  const [categories, setCategories] = useState('Training;Employment/Labor/Management;Economic Development');
  const [openEndedCloses, setOpenEndedCloses] = useState('');
  const upload = useImportFiles();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (files.length === 0) return;
    if (
      mode === 'replace' &&
      !window.confirm('Replace the whole map? Rows that are not in these files will be deleted.')
    )
      return;
    upload.mutate(lastRequest);
  };
  const lastRequest = { files, mode, source, categories, openEndedCloses };
  // A replace the server refused because it would empty whole tables: the user may confirm it here.
  const emptied =
    upload.error instanceof ApiProblem && upload.error.status === 409 ? upload.error.problem.tables : undefined;
  return (
    <section className="card" aria-labelledby="upload-heading">
      <h2 id="upload-heading">Upload data</h2>
      <p>
        CSV files (one per table, named like <code>funding_streams.csv</code>), one XLSX workbook or a JSON bundle, in
        the format of the template; or a file your state or the federal government already publishes (a grants portal
        export, the Federal Program Inventory, a Grants.gov export). If any row has a problem, nothing is written and
        every problem is listed.
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
        {/* Labelled by id, not by wrapping: a wrapping label's text would include every option's. */}
        <div className="stacked">
          <label htmlFor="import-source">What the files are</label>
          <select
            id="import-source"
            value={source}
            onChange={(event) => {
              setSource(event.target.value as ImportSourceChoice);
              upload.reset();
            }}
          >
            {importSourceChoices.map((choice) => (
              <option key={choice.value} value={choice.value}>
                {choice.label}
              </option>
            ))}
          </select>
        </div>
        {source === 'fpi' && (
          <label className="stacked">
            FPI categories to bring in (separated by ;, or all)
            <input type="text" value={categories} onChange={(event) => setCategories(event.target.value)} />
          </label>
        )}
        {(source === 'pa-portal' || source === 'ca-portal' || source === 'grants-gov') && (
          <label className="stacked">
            Close date for releases the source lists as never closing (optional; otherwise they are skipped)
            <input type="date" value={openEndedCloses} onChange={(event) => setOpenEndedCloses(event.target.value)} />
          </label>
        )}
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
      {emptied && (
        <div className="stacked-form">
          <p>
            Replacing with these files deletes every row of{' '}
            {emptied.map(({ table, rows }) => `${table} (${rows})`).join(', ')}.
          </p>
          <button type="button" onClick={() => upload.mutate({ ...lastRequest, confirmDeleteMissing: true })}>
            Replace anyway and delete them
          </button>
        </div>
      )}
      {upload.data && <ImportReportTable report={upload.data} />}
    </section>
  );
};
