import { useState, type FormEvent } from 'react';
import { ApiProblem } from '../../../api/problem.js';
import { ProblemAlert } from '../../../components/problem-alert.js';
import { braidFormat, useImportFiles, type ImportMode } from '../api/import-files.js';
import { useSources } from '../api/list-sources.js';
import { ImportReportTable } from './import-report-table.js';
import { SourceOptionFields, startingOptions } from './source-option-fields.js';

/** Upload CSV files, one XLSX workbook or a JSON bundle; every bad row is listed and nothing is written. */
export const UploadPanel = () => {
  const [files, setFiles] = useState<File[]>([]);
  const [mode, setMode] = useState<ImportMode>('upsert');
  const [source, setSource] = useState(braidFormat.name);
  const [options, setOptions] = useState<Record<string, string>>({});
  const sources = useSources();
  const chosen = sources.data?.sources.find((candidate) => candidate.name === source);
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
  const lastRequest = { files, mode, source, options };
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
              setSource(event.target.value);
              setOptions(startingOptions(sources.data?.sources.find((each) => each.name === event.target.value)));
              upload.reset();
            }}
          >
            {[braidFormat, ...(sources.data?.sources ?? [])].map((choice) => (
              <option key={choice.name} value={choice.name}>
                {choice.label}
              </option>
            ))}
          </select>
        </div>
        {sources.isError && <ProblemAlert error={sources.error} action="Listing the public sources" />}
        {chosen && <SourceOptionFields source={chosen} values={options} onChange={setOptions} />}
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
