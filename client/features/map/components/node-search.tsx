import { useId, useState, type KeyboardEvent } from 'react';
import type { MapNode } from '@contract/map.js';
import type { GraphIndex } from '../graph-index.js';
import { typeLabels } from '../../../components/graph-style.js';

interface NodeSearchProps {
  index: GraphIndex;
  onChoose: (node: MapNode) => void;
}

const maxSuggestions = 12;

/** Suggestions for a query: names that start with it first, then names that contain it. */
export const suggest = (nodes: Iterable<MapNode>, query: string): MapNode[] => {
  const wanted = query.trim().toLowerCase();
  if (wanted === '') return [];
  const starts: MapNode[] = [];
  const contains: MapNode[] = [];
  for (const node of nodes) {
    const label = node.label.toLowerCase();
    const acronym = node.acronym?.toLowerCase() ?? '';
    if (label.startsWith(wanted) || acronym.startsWith(wanted)) starts.push(node);
    else if (label.includes(wanted) || node.key.toLowerCase().includes(wanted)) contains.push(node);
  }
  const byLabel = (a: MapNode, b: MapNode) => a.label.localeCompare(b.label);
  return [...starts.sort(byLabel), ...contains.sort(byLabel)].slice(0, maxSuggestions);
};

/** Find anything on this year's map by name (an ARIA combobox); choosing one selects it and centres on it. */
export const NodeSearch = ({ index, onChoose }: NodeSearchProps) => {
  const id = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const suggestions = open ? suggest(index.nodes.values(), query) : [];
  const choose = (node: MapNode) => {
    onChoose(node);
    setQuery('');
    setOpen(false);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') setActive((current) => Math.min(current + 1, suggestions.length - 1));
    else if (event.key === 'ArrowUp') setActive((current) => Math.max(current - 1, 0));
    else if (event.key === 'Enter' && suggestions[active]) choose(suggestions[active]);
    else if (event.key === 'Escape') setOpen(false);
    else return;
    event.preventDefault();
  };
  return (
    <div className="node-search">
      <label htmlFor={`${id}-input`} className="visually-hidden">
        Find on the map
      </label>
      <input
        id={`${id}-input`}
        type="search"
        role="combobox"
        aria-expanded={suggestions.length > 0}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={suggestions[active] ? `${id}-option-${active}` : undefined}
        placeholder="Find an agency, stream, partnership…"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onFocus={() => setOpen(true)}
        autoComplete="off"
      />
      <ul
        id={`${id}-list`}
        role="listbox"
        className="node-search-list"
        aria-label="Matches"
        hidden={suggestions.length === 0}
      >
        {suggestions.map((node, position) => (
          <li
            key={node.id}
            id={`${id}-option-${position}`}
            role="option"
            aria-selected={position === active}
            className={position === active ? 'active' : undefined}
            onMouseDown={(event) => {
              event.preventDefault();
              choose(node);
            }}
          >
            {node.label} <span className="muted">· {typeLabels[node.type]}</span>
          </li>
        ))}
      </ul>
    </div>
  );
};
