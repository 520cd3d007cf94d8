import type { ReactNode } from 'react';

/** A finding kind in two years: counts, and lists of what was gained and resolved. */
export const GainedResolved = <T,>({
  title,
  from,
  to,
  diff,
  describe,
  gainedWord = 'Gained',
  resolvedWord = 'Resolved',
  source,
}: {
  title: string;
  from: number;
  to: number;
  diff: { from_count: number; to_count: number; gained: T[]; resolved: T[] };
  describe: (item: T) => ReactNode;
  gainedWord?: string;
  resolvedWord?: string;
  /** Where the figures come from (a FigureSource). */
  source?: ReactNode;
}) => (
  <section className="card year-diff" aria-label={title}>
    <h2>
      {title}: {diff.from_count} in FY{from}, {diff.to_count} in FY{to}
    </h2>
    <div className="year-diff-columns">
      {(
        [
          [gainedWord, diff.gained],
          [resolvedWord, diff.resolved],
        ] as const
      ).map(([word, items]) => (
        <div key={word}>
          <h3>
            {word} ({items.length})
          </h3>
          {items.length === 0 ? (
            <p className="muted">None.</p>
          ) : (
            <ul>
              {items.map((item, index) => (
                <li key={index}>{describe(item)}</li>
              ))}
            </ul>
          )}
        </div>
      ))}
    </div>
    {source}
  </section>
);
