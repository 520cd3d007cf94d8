import { useId, useState } from 'react';
import './checkbox-list.css';

export interface Option {
  value: string;
  label: string;
}

interface CheckboxListProps {
  legend: string;
  options: readonly Option[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  /** Offer a text box to narrow long lists. */
  searchable?: boolean;
}

/** A labelled group of checkboxes: the accessible way to pick several of a few dozen things. */
export const CheckboxList = ({
  legend,
  options,
  selected,
  onChange,
  searchable = options.length > 12,
}: CheckboxListProps) => {
  const [filter, setFilter] = useState('');
  const id = useId();
  const chosen = new Set(selected);
  const shown = filter
    ? options.filter((option) => option.label.toLowerCase().includes(filter.toLowerCase()))
    : options;
  const toggle = (value: string) =>
    onChange(chosen.has(value) ? selected.filter((item) => item !== value) : [...selected, value]);
  return (
    <fieldset className="checkbox-list">
      <legend>
        {legend}
        {selected.length > 0 && (
          <>
            {' '}
            <span className="count">({selected.length} chosen)</span>{' '}
            <button type="button" className="link-button" onClick={() => onChange([])}>
              clear
            </button>
          </>
        )}
      </legend>
      {searchable && (
        <input
          type="search"
          className="checkbox-list-filter"
          aria-label={`Find in ${legend.toLowerCase()}`}
          placeholder="Find…"
          value={filter}
          onChange={(event) => setFilter(event.target.value)}
        />
      )}
      <ul className={searchable ? 'checkbox-list-items scrolling' : 'checkbox-list-items'}>
        {shown.map((option) => (
          <li key={option.value}>
            <label htmlFor={`${id}-${option.value}`}>
              <input
                id={`${id}-${option.value}`}
                type="checkbox"
                checked={chosen.has(option.value)}
                onChange={() => toggle(option.value)}
              />{' '}
              {option.label}
            </label>
          </li>
        ))}
        {shown.length === 0 && <li className="muted">Nothing matches.</li>}
      </ul>
    </fieldset>
  );
};
