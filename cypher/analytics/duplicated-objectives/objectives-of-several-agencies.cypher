// Objectives supported by streams of two or more distinct administering agencies (two divisions of one
// department count as two agencies), with each agency's streams (and the upstream stream each one's money
// comes from, so totals count passed-down money once). Streams under the filters: $fiscal_year,
// $sector_id / $region_id (scopes covering them; an empty scope covers all).
MATCH (a:Agency)-[:ADMINISTERS]->(s:FundingStream)-[:SUPPORTS]->(o:Objective)
WHERE ($fiscal_year IS NULL OR s.fiscal_year = $fiscal_year)
  AND ($sector_id IS NULL OR NOT EXISTS { (s)-[:SCOPED_TO]->(:Sector) } OR EXISTS { (s)-[:SCOPED_TO]->(:Sector {id: $sector_id}) })
  AND ($region_id IS NULL OR NOT EXISTS { (s)-[:SCOPED_TO]->(:Region) } OR EXISTS { (s)-[:SCOPED_TO]->(:Region {id: $region_id}) })
WITH o, a, collect(s {.id, .name, .amount, passes_through_id: COLLECT { MATCH (up:FundingStream)-[:PASSES_THROUGH]->(s) RETURN up.id }[0]}) AS streams
ORDER BY a.id
WITH o, collect({agency_id: a.id, streams: streams}) AS agencies
WHERE size(agencies) >= 2
RETURN o.id AS id, agencies
ORDER BY id
