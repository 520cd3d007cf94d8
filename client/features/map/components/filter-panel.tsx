import { useState, type KeyboardEvent } from 'react';
import { mapNodeTypes, type MapNodeType } from '@contract/map.js';
import { streamSources } from '@domain/entities.js';
import { CheckboxList, type Option } from '../../../components/checkbox-list.js';
import type { GraphIndex } from '../graph-index.js';
import { pluralTypeLabels } from '../../../components/graph-style.js';
import { defaultViewState, type MapViewState } from '../map-view-state.js';
import type { UpdateMapState } from '../use-map-view-state.js';

interface FilterPanelProps {
  index: GraphIndex;
  state: MapViewState;
  departments: readonly string[];
  update: UpdateMapState;
}

const optionsOf = (index: GraphIndex, type: MapNodeType): Option[] =>
  [...index.nodes.values()]
    .filter((node) => node.type === type)
    .map((node) => ({ value: node.key, label: node.label }))
    .sort((a, b) => a.label.localeCompare(b.label));

const AmountInput = ({
  label,
  value,
  onCommit,
}: {
  label: string;
  value: number | null;
  onCommit: (value: number | null) => void;
}) => {
  const [text, setText] = useState(value === null ? '' : String(value));
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setText(value === null ? '' : String(value));
  }
  const commit = () => {
    const cleaned = text.replace(/[$,\s]/g, '');
    const parsed = cleaned === '' ? null : Number(cleaned);
    onCommit(parsed !== null && Number.isFinite(parsed) && parsed >= 0 ? parsed : null);
  };
  return (
    <label className="amount-input">
      {label}
      <input
        type="text"
        inputMode="numeric"
        placeholder="any"
        value={text}
        onChange={(event) => setText(event.target.value)}
        onBlur={commit}
        onKeyDown={(event: KeyboardEvent) => event.key === 'Enter' && commit()}
      />
    </label>
  );
};

/** What the map shows: kinds of item, department, objective, sector, region, source and amount. */
export const FilterPanel = ({ index, state, departments, update }: FilterPanelProps) => {
  const departmentOptions = departments.map((id) => {
    const agency = index.nodes.get(`agency:${id}`);
    return { value: id, label: agency ? agency.label : id };
  });
  const clear = () =>
    update({
      types: defaultViewState.types,
      departments: [],
      objectives: [],
      sectors: [],
      regions: [],
      sources: [],
      minAmount: null,
      maxAmount: null,
      openOn: null,
      focus: 0,
      expanded: [],
    });
  return (
    <section className="filter-panel" aria-labelledby="filter-heading">
      <div className="panel-heading">
        <h2 id="filter-heading">Filters</h2>
        <button type="button" className="link-button" onClick={clear}>
          Clear all
        </button>
      </div>
      <CheckboxList
        legend="Show"
        options={mapNodeTypes.map((type) => ({ value: type, label: pluralTypeLabels[type] }))}
        selected={state.types}
        searchable={false}
        onChange={(types) => update({ types: mapNodeTypes.filter((type) => types.includes(type)) })}
      />
      <label className="checkbox-line">
        <input
          type="checkbox"
          checked={state.hideUnlinked}
          onChange={(event) => update({ hideUnlinked: event.target.checked })}
        />{' '}
        Hide items with no visible links
      </label>
      <CheckboxList
        legend="Department"
        options={departmentOptions}
        selected={state.departments}
        onChange={(values) => update({ departments: values })}
      />
      <CheckboxList
        legend="Source of funds"
        options={streamSources.map((source) => ({
          value: source,
          label: source.charAt(0).toUpperCase() + source.slice(1),
        }))}
        selected={state.sources}
        searchable={false}
        onChange={(values) => update({ sources: values })}
      />
      <fieldset className="amount-range">
        <legend>Amount (dollars)</legend>
        <AmountInput label="From" value={state.minAmount} onCommit={(minAmount) => update({ minAmount })} />
        <AmountInput label="To" value={state.maxAmount} onCommit={(maxAmount) => update({ maxAmount })} />
      </fieldset>
      <CheckboxList
        legend="Objective"
        options={optionsOf(index, 'objective')}
        selected={state.objectives}
        onChange={(values) => update({ objectives: values })}
      />
      <CheckboxList
        legend="Sector"
        options={optionsOf(index, 'sector')}
        selected={state.sectors}
        onChange={(values) => update({ sectors: values })}
      />
      <CheckboxList
        legend="Region"
        options={optionsOf(index, 'region')}
        selected={state.regions}
        onChange={(values) => update({ regions: values })}
      />
      <p className="hint">Funding with no sector or region limit serves every sector and region, so it stays shown.</p>
    </section>
  );
};
