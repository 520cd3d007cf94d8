// Input queries return what a stream or release points to as one list of 'kind|id' strings (see
// cypher/analytics/shared/releases.cypher); this reads them back. Ids never contain '|'.

export interface Links {
  objective_ids: string[];
  sector_ids: string[];
  region_ids: string[];
  /** A release's stream. */
  stream: { id: string; fiscal_year: number } | null;
  /** A stream's upstream stream (passes_through_id). */
  upstream_id: string | null;
}

export const decodeLinks = (links: string[]): Links => {
  const decoded: Links = { objective_ids: [], sector_ids: [], region_ids: [], stream: null, upstream_id: null };
  for (const link of links) {
    const [kind, id = '', year] = link.split('|');
    if (kind === 'o') decoded.objective_ids.push(id);
    else if (kind === 's') decoded.sector_ids.push(id);
    else if (kind === 'r') decoded.region_ids.push(id);
    else if (kind === 'f') decoded.stream = { id, fiscal_year: Number(year) };
    else if (kind === 'u') decoded.upstream_id = id;
  }
  decoded.objective_ids.sort();
  decoded.sector_ids.sort();
  decoded.region_ids.sort();
  return decoded;
};
