import { Link } from 'react-router-dom';
import type { MapNode } from '@contract/map.js';
import { onSharePage } from '../../../api/http.js';
import { useCan } from '../../../api/me.js';
import { useRow } from '../../../api/rows/get-row.js';
import { Loading } from '../../../components/loading.js';
import { ProblemAlert } from '../../../components/problem-alert.js';
import { linksFor } from '../analytics-links.js';
import { hiddenNeighbours } from '../filter-map.js';
import type { GraphIndex, Neighbour } from '../graph-index.js';
import { edgeLabels, typeLabels } from '../../../components/graph-style.js';
import type { MapViewState } from '../map-view-state.js';
import { entityOfType } from '../node-entity.js';
import type { UpdateMapState } from '../use-map-view-state.js';
import { PropertyList } from './property-list.js';

interface DetailsPanelProps {
  node: MapNode;
  index: GraphIndex;
  visible: ReadonlySet<string>;
  state: MapViewState;
  update: UpdateMapState;
  onSelect: (id: string) => void;
}

const groupNeighbours = (neighbours: Neighbour[]): Array<[string, Neighbour[]]> => {
  const groups = new Map<string, Neighbour[]>();
  for (const neighbour of neighbours) {
    const words = edgeLabels[neighbour.edge.type][neighbour.outgoing ? 'out' : 'in'];
    groups.set(words, [...(groups.get(words) ?? []), neighbour]);
  }
  return [...groups].sort(([a], [b]) => a.localeCompare(b));
};

const MatchPicker = ({ node, index, update }: Pick<DetailsPanelProps, 'node' | 'index' | 'update'>) => {
  const funding = node.type === 'stream' || node.type === 'release';
  if (!funding && node.type !== 'partnership') return null;
  const others = [...index.nodes.values()]
    .filter((other) => (funding ? other.type === 'partnership' : other.type === 'stream'))
    .sort((a, b) => a.label.localeCompare(b.label));
  const question = funding ? 'Why does this match a partnership?' : 'Why does a stream match this partnership?';
  return (
    <label className="stacked">
      {question}
      <select
        value=""
        onChange={(event) => event.target.value && update({ path: [node.id, event.target.value] }, { push: true })}
      >
        <option value="">Choose a {funding ? 'partnership' : 'funding stream'}…</option>
        {others.map((other) => (
          <option key={other.id} value={other.id}>
            {other.label}
          </option>
        ))}
      </select>
    </label>
  );
};

/** Everything about one node: every property of its row, its neighbours, and where to go from here. */
export const DetailsPanel = ({ node, index, visible, state, update, onSelect }: DetailsPanelProps) => {
  const entity = entityOfType(node.type);
  const row = useRow(entity, node.key);
  const expanded = state.expanded.includes(node.id);
  const hidden = hiddenNeighbours(index, node.id, visible);
  const neighbours = groupNeighbours(index.neighbours(node.id));
  const links = linksFor(node, { canEdit: useCan('editor'), shared: onSharePage() });
  const department =
    node.department_id && node.department_id !== node.key ? index.nodes.get(`agency:${node.department_id}`) : undefined;
  return (
    <section className="details-panel" aria-labelledby="details-heading">
      <p className="eyebrow">{typeLabels[node.type]}</p>
      <h2 id="details-heading">{node.label}</h2>
      {department && <p className="muted">Department: {department.label}</p>}
      <div className="button-row">
        <button
          type="button"
          onClick={() =>
            update((current) => ({
              expanded: expanded ? current.expanded.filter((id) => id !== node.id) : [...current.expanded, node.id],
            }))
          }
          disabled={!expanded && hidden === 0}
        >
          {expanded ? 'Collapse neighbours' : `Expand neighbours${hidden > 0 ? ` (${hidden} hidden)` : ''}`}
        </button>
        <label className="inline">
          Focus{' '}
          <select
            value={state.focus}
            onChange={(event) => update({ focus: Number(event.target.value) })}
            aria-label="Show only items within this many links of the selection"
          >
            <option value={0}>off</option>
            <option value={1}>1 link away</option>
            <option value={2}>2 links away</option>
            <option value={3}>3 links away</option>
          </select>
        </label>
      </div>
      <MatchPicker node={node} index={index} update={update} />
      <h3>Properties</h3>
      {row.isPending && <Loading what="properties" />}
      {row.isError && <ProblemAlert error={row.error} action="Loading the properties" />}
      {row.data && <PropertyList entity={entity} row={row.data} index={index} />}
      <h3>Linked items ({index.neighbours(node.id).length})</h3>
      {neighbours.length === 0 && <p className="muted">Nothing on this year's map links to it.</p>}
      {neighbours.map(([words, items]) => (
        <div key={words} className="neighbour-group">
          <h4>{words}</h4>
          <ul>
            {items.map(({ node: other, edge }) => (
              <li key={edge.id}>
                <button type="button" className="link-button" onClick={() => onSelect(other.id)}>
                  {other.label}
                </button>
                {!visible.has(other.id) && <span className="muted"> (hidden)</span>}
              </li>
            ))}
          </ul>
        </div>
      ))}
      {links.length > 0 && (
        <>
          <h3>Go to</h3>
          <ul className="link-list">
            {links.map((link) => (
              <li key={link.to}>
                <Link to={link.to}>{link.label}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
};
