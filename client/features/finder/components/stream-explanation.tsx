import type { FoundStream } from '@contract/analytics/finder.js';
import { formatDollars } from '../../../lib/format.js';
import { ExplanationGraph } from './explanation-graph.js';
import { ReasonList } from '../../../components/reason-list.js';

/** Why one stream fits: its reasons, the requests it covers, and the explanation path drawn small. */
export const StreamExplanation = ({ stream }: { stream: FoundStream }) => (
  <section className="card explanation" aria-labelledby="explanation-heading">
    <h2 id="explanation-heading">Why {stream.name} fits</h2>
    <div className="two-columns">
      <div>
        <ul>
          {stream.reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
        <h3>Requests it covers</h3>
        <ul>
          {stream.covers.map((cover) => (
            <li key={cover.key}>
              <strong>{cover.solution?.name ?? cover.objectives.map((objective) => objective.name).join(', ')}</strong>
              {cover.estimated_cost !== null && ` (${formatDollars(cover.estimated_cost)})`}
              <ReasonList reasons={cover.reasons} />
            </li>
          ))}
        </ul>
      </div>
      <ExplanationGraph
        paths={stream.covers.map((cover) => cover.path)}
        title={`How ${stream.name} links to the need`}
      />
    </div>
  </section>
);
