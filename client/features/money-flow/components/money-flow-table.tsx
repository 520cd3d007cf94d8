import type { MoneyFlowLink, MoneyFlowNode } from '@contract/analytics/money-flow.js';
import { formatDollars } from '../../../lib/format.js';

// The same figures as the picture, one row per band, grouped by the pair of columns it joins.

const stepTitles: Record<string, string> = {
  source: 'Source of funds -> department',
  department: 'Department -> agency',
  agency: 'Agency -> objective',
  objective: 'Objective -> partnership (awards)',
};

interface Props {
  nodes: MoneyFlowNode[];
  links: MoneyFlowLink[];
  /** The bands shown; all when null. */
  shown: MoneyFlowLink[] | null;
  isSelected: (link: MoneyFlowLink) => boolean;
  onSelect: (link: MoneyFlowLink) => void;
}

export const MoneyFlowTable = ({ nodes, links, shown, isSelected, onSelect }: Props) => {
  const names = new Map(nodes.map((node) => [node.id, node.name]));
  const rows = shown ?? links;
  const steps = Object.keys(stepTitles).filter((column) => rows.some((link) => link.source.startsWith(`${column}:`)));
  return (
    <table className="table money-flow-table">
      <caption>Bands of the money flow{shown ? ' (selected)' : ''}</caption>
      <thead>
        <tr>
          <th scope="col">From</th>
          <th scope="col">To</th>
          <th scope="col" className="numeric">
            Amount
          </th>
          <th scope="col" className="numeric">
            Streams
          </th>
          <th scope="col">
            <span className="visually-hidden">Select</span>
          </th>
        </tr>
      </thead>
      {steps.map((column) => (
        <tbody key={column}>
          <tr>
            <th scope="colgroup" colSpan={5} className="money-flow-step">
              {stepTitles[column]}
            </th>
          </tr>
          {rows
            .filter((link) => link.source.startsWith(`${column}:`))
            .map((link) => (
              <tr key={`${link.source}>${link.target}`} className={isSelected(link) ? 'selected' : undefined}>
                <td>{names.get(link.source) ?? link.source}</td>
                <td>{names.get(link.target) ?? link.target}</td>
                <td className="numeric">{formatDollars(link.amount)}</td>
                <td className="numeric">{link.stream_ids.length}</td>
                <td>
                  <button type="button" className="link-button" onClick={() => onSelect(link)}>
                    {isSelected(link) ? 'Selected' : 'Select'}
                  </button>
                </td>
              </tr>
            ))}
        </tbody>
      ))}
    </table>
  );
};
