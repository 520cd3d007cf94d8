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
  onDone: (saved: Row | null) => void;
}

/** Add or edit one row; validated with the server's own zod schema before it is sent, and again by the server. */
export const RowForm = ({ entity, existing, onDone }: RowFormProps) => {
  const fields = fieldsOf(entity);
  const [values, setValues] = useState<FormValues>(() => toFormValues(fields, existing ?? {}));
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
      { entity, key: existing ? rowKeyOf(entity, existing) : null, values: result.row },
      {
        onSuccess: (saved) => onDone(saved),
        onError: (error) => {
          if (error instanceof ApiProblem && error.problem.problems) setErrors(fieldErrorsOf(error.problem.problems));
        },
      },
    );
  };
  const errorCount = Object.keys(errors).length;
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
      {save.isError && !(save.error instanceof ApiProblem && save.error.problem.problems) && (
        <ProblemAlert error={save.error} action="Saving" />
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
