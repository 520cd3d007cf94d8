import type { StreamChange } from '@contract/analytics/changes.js';
import { formatDollars } from '../../../lib/format.js';

const signed = (amount: number) => `${amount > 0 ? '+' : amount < 0 ? '-' : ''}${formatDollars(Math.abs(amount))}`;

const matchedBy: Record<NonNullable<StreamChange['matched_by']>, string> = {
  listing_and_name: 'listing and name',
  listing: 'listing (renamed)',
  name: 'name series',
};

/** One table of streams: new, ended or changed in amount. */
export const StreamChanges = ({ title, changes }: { title: string; changes: StreamChange[] }) => (
  <table className="table">
    <caption>
      {title}: {changes.length}
    </caption>
    <thead>
      <tr>
        <th scope="col">Stream</th>
        <th scope="col">Agency</th>
        <th scope="col">Listing</th>
        <th scope="col" className="numeric">
          Before
        </th>
        <th scope="col" className="numeric">
          After
        </th>
        <th scope="col" className="numeric">
          Change
        </th>
        <th scope="col">Matched by</th>
      </tr>
    </thead>
    <tbody>
      {changes.map((change) => {
        const stream = (change.to ?? change.from)!;
        return (
          <tr key={`${change.from?.id ?? ''}>${change.to?.id ?? ''}`}>
            <td>{stream.name}</td>
            <td>{stream.agency.name}</td>
            <td>{stream.assistance_listing ?? '—'}</td>
            <td className="numeric">{change.from ? formatDollars(change.from.amount) : '—'}</td>
            <td className="numeric">{change.to ? formatDollars(change.to.amount) : '—'}</td>
            <td className="numeric">{signed(change.change)}</td>
            <td>{change.matched_by ? matchedBy[change.matched_by] : '—'}</td>
          </tr>
        );
      })}
    </tbody>
  </table>
);
