import type { ProvenanceResponse } from '@contract/provenance.js';
import { useProvenance } from '../api/graph/get-provenance.js';
import { formatDate } from '../lib/format.js';

/** "Figures as of …; 190 of 217 funding streams cite a source", from the map's own provenance columns. */
export const provenanceSentence = (provenance: ProvenanceResponse): string | null => {
  const { as_of_earliest: earliest, as_of_latest: latest } = provenance;
  if (earliest === null || latest === null) return null;
  const when = earliest === latest ? formatDate(earliest) : `${formatDate(earliest)} to ${formatDate(latest)}`;
  const streams = provenance.tables.find((table) => table.table === 'funding_streams');
  const sourced = streams ? `; ${streams.rows_with_source_url} of ${streams.rows} funding streams cite a source` : '';
  return `Figures from the map as of ${when}${sourced}. Each row's source and as-of date are in Data and in the CSV export.`;
};

/** The provenance of the figures an analytics view shows, under its filters. */
export const ProvenanceNote = () => {
  const provenance = useProvenance();
  const sentence = provenance.data ? provenanceSentence(provenance.data) : null;
  return sentence ? <p className="hint provenance-note">{sentence}</p> : null;
};
