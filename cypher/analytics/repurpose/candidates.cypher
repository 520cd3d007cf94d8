// Streams that are not restricted (an unrecorded flexibility counts as not restricted) and either under-used
// (expended / amount below $threshold; unknown when expended is missing) or supporting an objective that no
// request advances (requests of $fiscal_year or without a year). Stream filters: $fiscal_year, $agency_ids (an
// agency and its divisions), $sector_id / $region_id (scopes covering them; an empty scope covers all).
MATCH (a:Agency)-[:ADMINISTERS]->(s:FundingStream)
WHERE ($fiscal_year IS NULL OR s.fiscal_year = $fiscal_year)
  AND coalesce(s.flexibility, '') <> 'restricted'
  AND ($agency_ids IS NULL OR a.id IN $agency_ids)
  AND ($sector_id IS NULL OR NOT EXISTS { (s)-[:SCOPED_TO]->(:Sector) } OR EXISTS { (s)-[:SCOPED_TO]->(:Sector {id: $sector_id}) })
  AND ($region_id IS NULL OR NOT EXISTS { (s)-[:SCOPED_TO]->(:Region) } OR EXISTS { (s)-[:SCOPED_TO]->(:Region {id: $region_id}) })
WITH s,
  CASE WHEN s.expended IS NULL OR s.amount = 0 THEN null ELSE toFloat(s.expended) / s.amount END AS utilization,
  COLLECT {
    MATCH (s)-[:SUPPORTS]->(o:Objective)
    WHERE NOT EXISTS {
      MATCH (o)<-[:ADVANCES]-(:Solution)<-[req:REQUESTS]-(:Partnership)
      WHERE $fiscal_year IS NULL OR req.year IS NULL OR req.year = $fiscal_year
    }
    RETURN o {.id, .name}
    ORDER BY o.id
  } AS unrequested
WHERE (utilization IS NOT NULL AND utilization < $threshold) OR size(unrequested) > 0
RETURN s.id AS id, utilization, unrequested
