import { entityByName } from '@domain/catalog.js';
import { useRows } from '../api/rows/list-rows.js';
import { CheckboxList } from './checkbox-list.js';
import type { FieldSpec } from '../lib/form-fields.js';
import './field-input.css';

interface FieldInputProps {
  field: FieldSpec;
  value: string | string[];
  error: string | undefined;
  disabled: boolean;
  onChange: (value: string | string[]) => void;
}

const useReferenceOptions = (field: FieldSpec) => {
  const target = entityByName(field.target ?? 'agencies');
  const rows = useRows(target, { limit: 5000 }, field.target !== undefined);
  const options = (rows.data?.items ?? [])
    .map((row) => ({ value: String(row.id), label: String(row.name ?? row.title ?? row.id) }))
    .sort((a, b) => a.label.localeCompare(b.label));
  return { options, loading: rows.isPending, target };
};

const ReferenceInput = ({
  field,
  value,
  disabled,
  onChange,
  describedBy,
}: Omit<FieldInputProps, 'error'> & { describedBy: string | undefined }) => {
  const { options, loading, target } = useReferenceOptions(field);
  if (field.kind === 'references')
    return (
      <CheckboxList
        legend={`${field.label}${field.required ? ' (at least one)' : ''}`}
        options={options}
        selected={Array.isArray(value) ? value : []}
        onChange={onChange}
      />
    );
  return (
    <select
      id={`field-${field.column}`}
      value={String(value)}
      disabled={disabled || loading}
      aria-describedby={describedBy}
      onChange={(event) => onChange(event.target.value)}
    >
      <option value="">{loading ? 'Loading…' : field.required ? `Choose a ${target.singular}…` : 'None'}</option>
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </select>
  );
};

/** One field of a row form, its label, and its message right next to it. */
export const FieldInput = ({ field, value, error, disabled, onChange }: FieldInputProps) => {
  const id = `field-${field.column}`;
  const errorId = error ? `${id}-error` : undefined;
  const common = {
    id,
    disabled,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': errorId,
    'aria-required': field.required || undefined,
  } as const;
  const text = Array.isArray(value) ? value.join('; ') : value;
  let control;
  if (field.kind === 'reference' || field.kind === 'references')
    control = (
      <ReferenceInput field={field} value={value} disabled={disabled} onChange={onChange} describedBy={errorId} />
    );
  else if (field.kind === 'choice')
    control = (
      <select {...common} value={text} onChange={(event) => onChange(event.target.value)}>
        <option value="">{field.required ? 'Choose…' : 'Not set'}</option>
        {field.options?.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </select>
    );
  else if (field.kind === 'longtext')
    control = <textarea {...common} rows={3} value={text} onChange={(event) => onChange(event.target.value)} />;
  else
    control = (
      <input
        {...common}
        type={field.kind === 'date' ? 'date' : 'text'}
        inputMode={field.kind === 'number' ? 'decimal' : undefined}
        value={text}
        onChange={(event) => onChange(event.target.value)}
      />
    );
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      {field.kind !== 'references' && (
        <label htmlFor={id}>
          {field.label}
          {field.required && <span aria-hidden="true"> *</span>}
          {field.kind === 'list' && <span className="muted"> (separate with ;)</span>}
        </label>
      )}
      {control}
      {error && (
        <p className="field-error" id={errorId}>
          {field.label} {error}
        </p>
      )}
    </div>
  );
};
