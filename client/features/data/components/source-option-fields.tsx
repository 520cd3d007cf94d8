import type { PublicSource } from '@contract/sources.js';

/** The values a source's form starts with: its suggested ones, the rest empty. */
export const startingOptions = (source: PublicSource | undefined): Record<string, string> =>
  Object.fromEntries((source?.options ?? []).map((option) => [option.name, option.suggested ?? '']));

/** One input per option of the chosen source, as GET /api/sources describes them. */
export const SourceOptionFields = ({
  source,
  values,
  onChange,
}: {
  source: PublicSource;
  values: Record<string, string>;
  onChange: (values: Record<string, string>) => void;
}) => (
  <>
    {source.options.map((option) => (
      <label key={option.name} className="stacked">
        {option.label}
        <input
          type={option.type}
          name={option.name}
          required={option.required}
          value={values[option.name] ?? ''}
          onChange={(event) => onChange({ ...values, [option.name]: event.target.value })}
        />
      </label>
    ))}
  </>
);
