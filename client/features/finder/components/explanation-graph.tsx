import { useMemo } from 'react';
import type { ExplanationPath } from '@contract/analytics/finder.js';
import { LazyGraphCanvas } from '../../../components/lazy-graph-canvas.js';
import { mapStylesheet } from '../../../components/graph-style.js';
import { explanationElements } from '../explanation-elements.js';

const stylesheet = mapStylesheet({ large: false });

/** Why a stream fits: the chain stream → objective ← solution ← partnership, plus scope links, drawn small. */
export const ExplanationGraph = ({ paths, title }: { paths: readonly ExplanationPath[]; title: string }) => {
  const elements = useMemo(() => explanationElements(paths), [paths]);
  const names = new Map(paths.flatMap((path) => path.nodes.map((node) => [node.key, node.name] as const)));
  const layout = useMemo(
    () => ({
      key: elements.map((element) => element.data.id).join('|'),
      options: { name: 'breadthfirst', directed: false, spacingFactor: 1.1, padding: 20, animate: false } as const,
    }),
    [elements],
  );
  return (
    <div className="explanation-graph">
      <LazyGraphCanvas elements={elements} stylesheet={stylesheet} layout={layout} label={title} />
      <ul className="visually-hidden">
        {elements
          .filter((element) => element.group === 'edges')
          .map((element) => (
            <li key={element.data.id}>
              {names.get(element.data.source!)} {String(element.data.type).toLowerCase().replace(/_/g, ' ')}{' '}
              {names.get(element.data.target!)}
            </li>
          ))}
      </ul>
    </div>
  );
};
