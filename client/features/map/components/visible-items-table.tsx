import { useState } from 'react';
import type { MapNode } from '@contract/map.js';
import { formatDollars } from '../../../lib/format.js';
import type { GraphIndex } from '../graph-index.js';
import { typeLabels } from '../../../components/graph-style.js';

const shownRows = 500;

interface Props {
  index: GraphIndex;
  visible: ReadonlySet<string>;
  onSelect: (id: string) => void;
}

/** What the map draws, as a table: the keyboard and screen-reader way through the map. */
export const VisibleItemsTable = (props: Props) => {
  const [open, setOpen] = useState(false);
  // The rows are only built while the table is open: on large maps they cost more than the map itself.
  return (
    <details className="visible-items" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>Show the {props.visible.size} items drawn as a table</summary>
      {open && <ItemsTable {...props} />}
    </details>
  );
};

const ItemsTable = ({ index, visible, onSelect }: Props) => {
  const nodes = [...visible]
    .map((id) => index.nodes.get(id))
    .filter((node): node is MapNode => node !== undefined)
    .sort((a, b) => a.type.localeCompare(b.type) || a.label.localeCompare(b.label));
  return (
    <>
      <table className="table">
        <caption className="visually-hidden">Items drawn on the map</caption>
        <thead>
          <tr>
            <th scope="col">Kind</th>
            <th scope="col">Name</th>
            <th scope="col">Department</th>
            <th scope="col" className="number">
              Amount
            </th>
            <th scope="col">Links</th>
          </tr>
        </thead>
        <tbody>
          {nodes.slice(0, shownRows).map((node) => (
            <tr key={node.id}>
              <td>{typeLabels[node.type]}</td>
              <td>
                <button type="button" className="link-button" onClick={() => onSelect(node.id)}>
                  {node.label}
                </button>
              </td>
              <td>
                {node.department_id
                  ? (index.nodes.get(`agency:${node.department_id}`)?.label ?? node.department_id)
                  : ''}
              </td>
              <td className="number">{node.amount !== undefined ? formatDollars(node.amount) : ''}</td>
              <td>{index.neighbours(node.id).length}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {nodes.length > shownRows && <p className="muted">The first {shownRows} are listed; filter to see others.</p>}
    </>
  );
};
