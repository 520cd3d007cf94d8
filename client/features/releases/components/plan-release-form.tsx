import { useState, type FormEvent } from 'react';
import { releaseDraft } from '@contract/analytics/release-check.js';
import { entityByName } from '@domain/catalog.js';
import { useCheckRelease } from '../../../api/analytics/check-release.js';
import { ProblemAlert } from '../../../components/problem-alert.js';
import { FieldInput } from '../../../components/field-input.js';
import {
  fieldsOf,
  toFormValues,
  validateFormWith,
  type FieldErrors,
  type FormValues,
} from '../../../lib/form-fields.js';
import { ReleaseCheckResults } from './release-check-results.js';

const draftColumns = [
  'title',
  'agency_id',
  'stream_id',
  'opens',
  'closes',
  'amount',
  'objective_ids',
  'sector_ids',
  'region_ids',
  'eligible_applicants',
  // What it funds, for whom and where: the check compares it with every release's wording.
  'description',
];
const fields = fieldsOf(entityByName('releases')).filter((field) => draftColumns.includes(field.column));

/** Plan a release: describe it, and see what it would compete with, duplicate, serve and narrow before posting it. */
export const PlanReleaseForm = () => {
  const [values, setValues] = useState<FormValues>(() => toFormValues(fields));
  const [errors, setErrors] = useState<FieldErrors>({});
  const check = useCheckRelease();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = validateFormWith(releaseDraft, fields, values);
    if (result.errors) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    check.mutate(result.row as Parameters<typeof check.mutate>[0]);
  };
  return (
    <>
      <form className="row-form" onSubmit={submit} noValidate aria-labelledby="plan-heading">
        <h3 id="plan-heading">Plan a release</h3>
        <p className="hint">Nothing is saved: the check only reads the map.</p>
        <div className="form-grid">
          {fields.map((field) => (
            <FieldInput
              key={field.column}
              field={{ ...field, label: field.column === 'title' ? 'Title' : field.label }}
              value={values[field.column] ?? ''}
              error={errors[field.column]}
              disabled={false}
              onChange={(value) => setValues((current) => ({ ...current, [field.column]: value }))}
            />
          ))}
        </div>
        <div className="button-row">
          <button type="submit" className="primary" disabled={check.isPending}>
            {check.isPending ? 'Checking…' : 'Check this release'}
          </button>
        </div>
      </form>
      {check.isError && <ProblemAlert error={check.error} action="The release check" />}
      {check.data && <ReleaseCheckResults result={check.data} />}
    </>
  );
};
