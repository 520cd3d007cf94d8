import type { MapNode } from '@contract/map.js';
import { typeLabels } from '../../../components/graph-style.js';
import type { MapViewState } from '../map-view-state.js';
import type { UpdateMapState } from '../use-map-view-state.js';

interface SelectionPanelProps {
  nodes: MapNode[];
  state: MapViewState;
  update: UpdateMapState;
  onSelect: (id: string) => void;
}

/** Several items chosen (shift-click): trace between two, showcase them, or drop one. */
export const SelectionPanel = ({ nodes, state, update, onSelect }: SelectionPanelProps) => (
  <section className="details-panel" aria-labelledby="selection-heading">
    <h2 id="selection-heading">{nodes.length} items selected</h2>
    <ul className="selection-list">
      {nodes.map((node) => (
        <li key={node.id}>
          <button type="button" className="link-button" onClick={() => onSelect(node.id)}>
            {node.label}
          </button>{' '}
          <span className="muted">{typeLabels[node.type]}</span>{' '}
          <button
            type="button"
            className="link-button"
            aria-label={`Remove ${node.label} from the selection`}
            onClick={() => update((current) => ({ selected: current.selected.filter((id) => id !== node.id) }))}
          >
            remove
          </button>
        </li>
      ))}
    </ul>
    <div className="button-row">
      {nodes.length === 2 && (
        <button type="button" onClick={() => update({ path: [nodes[0]!.id, nodes[1]!.id] }, { push: true })}>
          How are these two linked?
        </button>
      )}
      <button type="button" aria-pressed={state.showcase} onClick={() => update({ showcase: !state.showcase })}>
        {state.showcase ? 'Stop showcasing' : 'Showcase: fade everything else'}
      </button>
      <button type="button" onClick={() => update({ selected: [], showcase: false, focus: 0 })}>
        Clear selection
      </button>
    </div>
    <p className="hint">Shift-click items on the map to add them to the selection.</p>
  </section>
);
