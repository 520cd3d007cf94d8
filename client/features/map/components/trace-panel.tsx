import type { GraphIndex } from '../graph-index.js';
import type { Trace } from '../map-model.js';
import type { UpdateMapState } from '../use-map-view-state.js';

interface TracePanelProps {
  trace: Trace;
  index: GraphIndex;
  update: UpdateMapState;
}

/** Why two items are linked: the match reasons for a stream and a partnership, else the shortest chain. */
export const TracePanel = ({ trace, index, update }: TracePanelProps) => (
  <section className="trace-panel" aria-labelledby="trace-heading" aria-live="polite">
    <h2 id="trace-heading">
      {trace.reasons.length > 0 ? 'Why they match' : 'How they are linked'}: {trace.from.label} and {trace.to.label}
    </h2>
    {trace.reasons.length > 0 && (
      <ul>
        {trace.reasons.map((reason) => (
          <li key={reason.text}>{reason.text}</li>
        ))}
      </ul>
    )}
    {trace.reasons.length > 0 && (
      <>
        <h3>Lit on the map</h3>
        <ul className="path-chain">
          {[...trace.nodes].map((id) => (
            <li key={id}>{index.nodes.get(id)?.label ?? id}</li>
          ))}
        </ul>
      </>
    )}
    {trace.reasons.length === 0 && trace.path && (
      <ol className="path-chain">
        {trace.path.map((id) => (
          <li key={id}>{index.nodes.get(id)?.label ?? id}</li>
        ))}
      </ol>
    )}
    {trace.reasons.length === 0 && !trace.path && <p>Nothing on this year's map links them.</p>}
    <button type="button" onClick={() => update({ path: null })}>
      Clear the trace
    </button>
  </section>
);
