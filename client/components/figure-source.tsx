import type { AnyFigureId } from '@contract/figures.js';
import type { FigureProvenance, FigureTableProvenance } from '@contract/provenance.js';
import { formatDate } from '../lib/format.js';
import './figure-source.css';

const tableWords = (table: FigureTableProvenance): string => {
  const name = table.table.replace(/_/g, ' ');
  if (table.rows_with_source_url === 0) return name;
  const sites = table.sites.length > 0 ? `: ${table.sites.join(', ')}` : '';
  return `${name} (${table.rows_with_source_url} of ${table.rows} cite a source${sites})`;
};

/** "funding streams (190 of 217 cite a source: dol.gov), agencies, objectives": the tables with rows. */
export const figureSources = (provenance: FigureProvenance): string =>
  provenance.tables
    .filter((table) => table.rows > 0)
    .map(tableWords)
    .join(', ');

/** "Source: funding streams (...), agencies. As of Sep 30, 2026." under a table or chart. */
export const figureSourceSentence = (provenance: FigureProvenance): string => {
  const sources = figureSources(provenance) || 'no rows of the map';
  const asOf = provenance.as_of === null ? 'No row says its as-of date.' : `As of ${formatDate(provenance.as_of)}.`;
  return `Source: ${sources}. ${asOf}`;
};

/** The provenance of one figure, from the analytic's answer: the figure names itself by its id. */
export const FigureSource = ({
  provenance,
  figure,
}: {
  provenance: readonly FigureProvenance[] | undefined;
  figure: AnyFigureId;
}) => {
  const found = provenance?.find((item) => item.figure === figure);
  if (!found) return null;
  return (
    <p className="figure-source" data-figure={figure}>
      {figureSourceSentence(found)}
    </p>
  );
};
