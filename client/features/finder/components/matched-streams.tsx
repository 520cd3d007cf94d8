import type { FoundStream, UpcomingRelease } from '@contract/analytics/finder.js';
import { formatDate, formatDollars } from '../../../lib/format.js';

interface Props {
  streams: readonly FoundStream[];
  selected: string | null;
  onSelect: (id: string | null) => void;
}

export const releaseLine = (release: UpcomingRelease) =>
  release.status === 'open'
    ? `${release.title}: open now, apply by ${formatDate(release.closes)}`
    : `${release.title}: opens ${formatDate(release.opens)}, closes ${formatDate(release.closes)}`;

/** The ranked funding: score, money, terms, open and upcoming releases with deadlines, and a way to see why. */
export const MatchedStreams = ({ streams, selected, onSelect }: Props) => (
  <table className="table ranked">
    <caption>{streams.length} eligible funding streams, best first</caption>
    <thead>
      <tr>
        <th scope="col" className="number">
          Rank
        </th>
        <th scope="col">Funding stream</th>
        <th scope="col" className="number">
          Score
        </th>
        <th scope="col" className="number">
          Available
        </th>
        <th scope="col">Terms</th>
        <th scope="col">Releases to apply to</th>
        <th scope="col">
          <span className="visually-hidden">Why</span>
        </th>
      </tr>
    </thead>
    <tbody>
      {streams.map((stream, rank) => (
        <tr key={stream.id} className={stream.id === selected ? 'highlighted' : undefined}>
          <td className="number">{rank + 1}</td>
          <td>
            <strong>{stream.name}</strong>
            <br />
            <span className="muted">{stream.agency.name}</span>
          </td>
          <td className="number">
            <meter min={0} max={100} value={stream.score} aria-hidden="true" /> {Math.round(stream.score)}
          </td>
          <td className="number">{formatDollars(stream.available)}</td>
          <td>
            {stream.flexibility ?? 'flexibility not recorded'}
            {stream.match_percent ? `, ${stream.match_percent}% match` : ', no match'}
          </td>
          <td>
            {stream.releases.length === 0 ? (
              <span className="muted">none open or upcoming</span>
            ) : (
              <ul className="plain-list">
                {stream.releases.map((release) => (
                  <li key={release.id}>
                    <span className={`badge ${release.status === 'open' ? 'ok' : ''}`}>{release.status}</span>{' '}
                    {releaseLine(release)}
                  </li>
                ))}
              </ul>
            )}
          </td>
          <td>
            <button
              type="button"
              className="small"
              aria-pressed={stream.id === selected}
              onClick={() => onSelect(stream.id === selected ? null : stream.id)}
              aria-label={`Why? ${stream.name}`}
            >
              Why?
            </button>
          </td>
        </tr>
      ))}
    </tbody>
  </table>
);
