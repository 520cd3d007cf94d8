import { useState, type FormEvent } from 'react';
import type { EntityDefinition } from '@domain/catalog.js';
import type { RowProblem } from '@contract/problem.js';
import { ApiProblem } from '../../../api/problem.js';
import type { Row } from '../../../api/rows/get-row.js';
import { rowKeyOf } from '../../../api/rows/row-key.js';
import { ProblemAlert } from '../../../components/problem-alert.js';
import { useSaveRow } from '../api/save-row.js';
import { fieldsOf, toFormValues, validateForm, type FieldErrors, type FormValues } from '../../../lib/form-fields.js';
import { FieldInput } from '../../../components/field-input.js';

/** The server's row problems by field; its messages start with the column name, which the form shows as a label. */
const fieldErrorsOf = (problems: RowProblem[]): FieldErrors =>
  Object.fromEntries(
    problems.map(({ column = '', message }) => [
      column,
      message.startsWith(`${column} `) ? message.slice(column.length + 1) : message,
    ]),
  );

interface RowFormProps {
  entity: EntityDefinition;
  /** The row being edited; null to add one. */
  existing: Row | null;
  /** The version (ETag) the edit starts from, sent back as If-Match so no one's change is overwritten. */
  version?: string | null;
  onDone: (saved: Row | null) => void;
}

/** A refused stale edit: the row as someone else left it. */
const staleOf = (error: unknown): { current: Row; version: number } | null =>
  error instanceof ApiProblem && error.status === 409 && error.problem.current && error.problem.version !== undefined
    ? { current: error.problem.current, version: error.problem.version }
    : null;

/** Add or edit one row; validated with the server's own zod schema before it is sent, and again by the server. */
export const RowForm = ({ entity, existing, version = null, onDone }: RowFormProps) => {
  const fields = fieldsOf(entity);
  const [values, setValues] = useState<FormValues>(() => toFormValues(fields, existing ?? {}));
  const [startedFrom, setStartedFrom] = useState<string | null>(version);
  const [errors, setErrors] = useState<FieldErrors>({});
  const save = useSaveRow();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = validateForm(entity, fields, values);
    if (result.errors) {
      setErrors(result.errors);
      const first = fields.find((field) => result.errors[field.column]);
      if (first) document.getElementById(`field-${first.column}`)?.focus();
      return;
    }
    setErrors({});
    save.mutate(
      { entity, key: existing ? rowKeyOf(entity, existing) : null, values: result.row, ifMatch: startedFrom },
      {
        onSuccess: (saved) => onDone(saved),
        onError: (error) => {
          if (error instanceof ApiProblem && error.problem.problems) setErrors(fieldErrorsOf(error.problem.problems));
        },
      },
    );
  };
  const errorCount = Object.keys(errors).length;
  const stale = staleOf(save.error);
  const current = stale ? toFormValues(fields, stale.current) : null;
  const differing = current
    ? fields.filter((field) => (current[field.column] ?? '') !== (values[field.column] ?? ''))
    : [];
  const takeCurrent = () => {
    if (!stale || !current) return;
    setValues(current);
    setStartedFrom(`"${stale.version}"`);
    save.reset();
  };
  return (
    <form className="row-form" onSubmit={submit} noValidate aria-labelledby="row-form-heading">
      <h3 id="row-form-heading">
        {existing ? `Edit ${entity.singular} ${rowKeyOf(entity, existing)}` : `Add a ${entity.singular}`}
      </h3>
      {errorCount > 0 && (
        <p className="field-error" role="alert">
          {errorCount === 1 ? 'One field needs' : `${errorCount} fields need`} attention; nothing was saved.
        </p>
      )}
      {stale && current ? (
        <div className="problem" role="alert">
          <p className="problem-title">Someone else changed this {entity.singular} since you opened it</p>
          <p>Nothing was saved. The values now stored{differing.length > 0 ? ', where they differ from yours' : ''}:</p>
          <ul className="stale-values">
            {differing.map((field) => (
              <li key={field.column}>
                {field.label}: <strong>{current[field.column] || '(blank)'}</strong> (yours:{' '}
                {values[field.column] || '(blank)'})
              </li>
            ))}
          </ul>
          <button type="button" onClick={takeCurrent}>
            Start again from the current values
          </button>
        </div>
      ) : (
        save.isError &&
        !(save.error instanceof ApiProblem && save.error.problem.problems) && (
          <ProblemAlert error={save.error} action="Saving" />
        )
      )}
      <div className="form-grid">
        {fields.map((field) => (
          <FieldInput
            key={field.column}
            field={field}
            value={values[field.column] ?? ''}
            error={errors[field.column]}
            disabled={existing !== null && field.isKey}
            onChange={(value) => setValues((current) => ({ ...current, [field.column]: value }))}
          />
        ))}
      </div>
      <div className="button-row">
        <button type="submit" className="primary" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Save'}
        </button>
        <button type="button" onClick={() => onDone(null)}>
          Cancel
        </button>
      </div>
    </form>
  );
};
